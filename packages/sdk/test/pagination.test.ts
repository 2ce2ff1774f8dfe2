import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Page, type PageData, PagePromise } from '../src/index.js';
import { clientFor, startTestServer, type TestServer } from './helpers.js';

describe('for await over the scale scenario (about 10,000 customers)', () => {
  let server: TestServer;
  // Seeding 10,000 customers and 100,000 users takes seconds, more on a loaded machine.
  beforeAll(async () => {
    server = await startTestServer({ scenario: 'scale' });
  }, 120_000);
  afterAll(() => server.close());

  it('visits every customer exactly once', async () => {
    const { client } = clientFor(server);
    const seen = new Map<string, number>();
    for await (const customer of client.customers.list({ max: 1000 })) {
      seen.set(customer.id ?? '', (seen.get(customer.id ?? '') ?? 0) + 1);
    }
    // The truth is the mock's own store, so the test does not depend on the seed's exact size.
    const total = server.app.store.customers.size;
    expect(total).toBeGreaterThan(9_000);
    expect(seen.size).toBe(total);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // Full pages, then a short (or empty) one ends it: the wholesale lists report no total.
    expect(server.count('GET', '/wholesale/customers')).toBe(Math.floor(total / 1000) + 1);
  });

  it('filters apply to every page (status repeated in the query)', async () => {
    const { client } = clientFor(server);
    const statuses = new Set<string>();
    let n = 0;
    for await (const customer of client.customers.list({
      status: ['error', 'pending_rpl_review'],
      max: 500,
    })) {
      statuses.add(customer.status ?? '');
      n++;
    }
    expect([...statuses].sort()).toEqual(['error', 'pending_rpl_review']);
    expect(n).toBeGreaterThan(2000);
  });

  it('pages() yields pages of the asked size; await gives the first page only', async () => {
    const { client } = clientFor(server);
    const list = client.customers.list({ max: 4000 });
    const first = await list;
    expect(first).toBeInstanceOf(Page);
    // Asked sizes are capped at the contract's 1000, so a short page can mean the end.
    expect(first.items).toHaveLength(1000);
    expect(first.max).toBe(1000);
    expect(first.hasNextPage()).toBe(true);
    const sizes: number[] = [];
    const total = server.app.store.customers.size;
    for await (const page of client.customers.list({ max: 250, offset: total - 257 }).pages())
      sizes.push(page.items.length);
    expect(sizes).toEqual([250, 7]);
  });

  it('subscribers page the same way', async () => {
    const { client } = clientFor(server);
    const [customer] = (await client.customers.list({ max: 1 })).items;
    const subscribers = await client.subscribers.list({ customerId: customer?.id ?? '', max: 2 }).toArray();
    const expected = [...server.app.store.subscribers.values()].filter(
      (s) => s.customerId === customer?.id,
    ).length;
    expect(expected).toBeGreaterThan(2);
    expect(subscribers).toHaveLength(expected);
    expect(new Set(subscribers.map((s) => s.id)).size).toBe(expected);
  });

  it('sub-partners list too', async () => {
    const { client } = clientFor(server);
    const subPartners = await client.subPartners.list({ max: 1 }).toArray();
    expect(subPartners.length).toBeGreaterThan(0);
  });
});

describe('Page and PagePromise (injected pages)', () => {
  /** A list of `total` numbers, served offset/max, with or without a total count. */
  function source(total: number, withTotal: boolean) {
    const asked: { offset: number; max: number }[] = [];
    const fetchPage = async (window: { offset: number; max: number }): Promise<PageData<number>> => {
      asked.push(window);
      const items = Array.from(
        { length: Math.max(0, Math.min(window.max, total - window.offset)) },
        (_, i) => window.offset + i,
      );
      return withTotal ? { items, totalCount: total } : { items };
    };
    return { asked, fetchPage };
  }

  it('with totalCount, stops exactly at the total (no extra request)', async () => {
    const { asked, fetchPage } = source(10, true);
    const all = await new PagePromise(fetchPage, { max: 5 }).toArray();
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(asked).toEqual([
      { offset: 0, max: 5 },
      { offset: 5, max: 5 },
    ]);
  });

  it('without totalCount, a short page is the last', async () => {
    const { asked, fetchPage } = source(7, false);
    expect(await new PagePromise(fetchPage, { max: 5 }).toArray()).toHaveLength(7);
    expect(asked).toHaveLength(2);
  });

  it('requests nothing until used, and the first page once', async () => {
    const { asked, fetchPage } = source(3, false);
    const list = new PagePromise(fetchPage);
    expect(asked).toHaveLength(0);
    await list;
    await list;
    expect(asked).toEqual([{ offset: 0, max: 100 }]);
  });

  it('an empty list has one empty page', async () => {
    const { fetchPage } = source(0, true);
    const pages = [];
    for await (const page of new PagePromise(fetchPage).pages()) pages.push(page.items);
    expect(pages).toEqual([[]]);
  });
});
