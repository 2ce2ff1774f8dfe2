import { describe, expect, it } from 'vitest';
import { createMockApp } from '../app/app.js';
import { createMockFetch } from './fetch-adapter.js';

const baseUrl = 'http://onramp.test/v1';

describe('createMockFetch', () => {
  it('answers contract calls under the base path, as the standalone server does', async () => {
    const fetch = createMockFetch({ baseUrl, app: createMockApp({ speed: 0 }) });
    const response = await fetch(`${baseUrl}/wholesale/customers?max=2`, {
      headers: { Authorization: 'Bearer partner-full-admin' },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).items).toHaveLength(2);
  });

  it('answers 401 without a token, with the contract error body', async () => {
    const fetch = createMockFetch({ baseUrl, app: createMockApp({ speed: 0 }) });
    const response = await fetch(`${baseUrl}/me`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ reason: 'not_signed_in' }] });
  });

  it('rejects like a network failure when the mock drops the connection', async () => {
    const app = createMockApp({ speed: 0 });
    app.faults.setRoute('getMe', { drop: true });
    const fetch = createMockFetch({ baseUrl, app });
    await expect(
      fetch(`${baseUrl}/me`, { headers: { Authorization: 'Bearer partner-full-admin' } }),
    ).rejects.toThrow(TypeError);
  });
});
