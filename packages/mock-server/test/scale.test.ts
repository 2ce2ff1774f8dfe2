import { describe, expect, it } from 'vitest';
import { createMockApp } from '../src/app/app.js';
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

  // That it does so without scanning the store (flat time from 7 to 10,000 customers) is measured by
  // `pnpm bench` ("Scale of the mock"), never by a timed assertion here.
  it('pages, filters and searches at that size', async () => {
    const org = encodeURIComponent(customerOrgId(5000));
    for (let i = 0; i < 20; i++) {
      const orgs = await app.handle(get(`/organizations?offset=${i * 10}&max=10`));
      expect(orgs.status).toBe(200);
      const users = await app.handle(get(`/organizations/${org}/users?filter=administrators&max=5`));
      expect((users.body as { totalCount: number }).totalCount).toBe(2);
      const errors = await app.handle(get('/wholesale/customers?status=error&offset=500&max=50'));
      // List answers carry cached JSON text (decisions/0004): read them as a client would.
      const page = JSON.parse(JSON.stringify(errors.body)) as { items: { status: string }[] };
      expect(page.items.map((c) => c.status)).toEqual(Array(50).fill('error'));
      const found = await app.handle(get(`/organizations/${org}/users?search=user3`));
      expect((JSON.parse(JSON.stringify(found.body)) as { totalCount: number }).totalCount).toBe(1);
    }
    const total = (await app.handle(get('/organizations?max=1'))).body as { totalCount: number };
    expect(total.totalCount).toBeGreaterThan(10_000);
  }, 60_000);
});
