import type { User } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import type { PageLoader } from './user-pages.js';
import { UserPages } from './user-pages.js';

const user = (n: number) => ({ id: `u${n}`, displayName: `User ${n}`, version: 1 }) as User;

/** A server of `total` users that records each page asked for; answers when `flush` is called. */
function fakeServer(total: number) {
  const asked: number[] = [];
  const waiting: Array<() => void> = [];
  const load: PageLoader = (offset, max) => {
    asked.push(offset);
    return new Promise((resolve) =>
      waiting.push(() => {
        const items = Array.from({ length: Math.max(0, Math.min(max, total - offset)) }, (_, i) =>
          user(offset + i),
        );
        resolve({ data: { items, totalCount: total } });
      }),
    );
  };
  const flush = async () => {
    for (const answer of waiting.splice(0)) answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { load, asked, flush };
}

describe('UserPages', () => {
  it('loads only the pages around the rows asked for, once each', async () => {
    const server = fakeServer(10_000);
    const pages = new UserPages(server.load, () => {}, 50);
    pages.reset();
    await server.flush();
    expect(pages.total).toBe(10_000);
    pages.ensure(5_000, 5_060);
    pages.ensure(5_010, 5_070);
    await server.flush();
    expect(server.asked).toEqual([0, 5_000, 5_050]);
    expect(pages.at(5_061)?.displayName).toBe('User 5061');
    expect(pages.at(7_000)).toBeUndefined();
  });

  it('drops the answer of a query that was replaced meanwhile', async () => {
    const server = fakeServer(120);
    const pages = new UserPages(server.load, () => {}, 50);
    pages.reset();
    pages.reset();
    await server.flush();
    expect(pages.total).toBe(120);
    expect(pages.at(0)?.id).toBe('u0');
  });

  it('replaces a changed user in place', async () => {
    const server = fakeServer(3);
    const pages = new UserPages(server.load, () => {}, 50);
    pages.reset();
    await server.flush();
    pages.replace({ ...user(1), version: 2 });
    expect(pages.at(1)?.version).toBe(2);
  });

  it('keeps the problem of a failed page for the error state', async () => {
    const pages = new UserPages(
      async () => ({ problem: { status: 503, message: 'down' } }),
      () => {},
    );
    pages.reset();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pages.problem?.status).toBe(503);
    expect(pages.total).toBeUndefined();
  });
});
