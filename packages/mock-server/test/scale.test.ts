import { describe, expect, it } from 'vitest';
import { createMockApp } from '../src/core/app.js';
import { createManualClock } from '../src/core/clock.js';
import { customerOrgId } from '../src/store/seed-ids.js';

const get = (path: string, token = 'partner-full-admin') => ({
  method: 'GET',
  path: path.split('?')[0] as string,
  query: new URLSearchParams(path.split('?')[1] ?? ''),
  headers: { authorization: `Bearer ${token}` },
});

describe('scale scenario: 10,000 customers, 100,000 users', () => {
  const app = createMockApp({ scenario: 'scale', clock: createManualClock() });

  it('pages, filters and searches without scanning the store', async () => {
    const org = encodeURIComponent(customerOrgId(5000));
    const started = performance.now();
    for (let i = 0; i < 200; i++) {
      const orgs = await app.handle(get(`/organizations?offset=${i * 10}&max=10`));
      expect(orgs.status).toBe(200);
      const users = await app.handle(get(`/organizations/${org}/users?filter=administrators&max=5`));
      expect((users.body as { totalCount: number }).totalCount).toBe(2);
      await app.handle(get('/wholesale/customers?status=error&offset=500&max=50'));
      await app.handle(get(`/organizations/${org}/users?search=user3`));
    }
    // 800 requests; a full scan of 100,000 users per request would take seconds.
    expect(performance.now() - started).toBeLessThan(3000);
    const total = (await app.handle(get('/organizations?max=1'))).body as { totalCount: number };
    expect(total.totalCount).toBeGreaterThan(10_000);
  }, 60_000);
});
