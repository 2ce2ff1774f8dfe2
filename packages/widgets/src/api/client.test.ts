import type { Token } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import { createApiClient } from './client.js';

/** The Authorization header of every request, answered 200 `{}` (a fetch injected, no network). */
function recording() {
  const seen: Array<string | null> = [];
  const fetch = async (input: RequestInfo | URL) => {
    seen.push((input as Request).headers.get('Authorization'));
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  };
  return { seen, fetch: fetch as typeof globalThis.fetch };
}

describe('createApiClient: the token, as the SDK takes it', () => {
  it('a string is the bearer token of every request', async () => {
    const { seen, fetch } = recording();
    const client = createApiClient('http://onramp.test/v1', 'customer-full-admin', fetch);
    await client.GET('/me');
    expect(seen).toEqual(['Bearer customer-full-admin']);
  });

  it('a function is asked before each request, sync or async, with refresh: false', async () => {
    const { seen, fetch } = recording();
    const asked: boolean[] = [];
    let n = 0;
    const tokens: Token[] = [
      ({ refresh }) => {
        asked.push(refresh);
        return `sync-${++n}`;
      },
      async ({ refresh }) => {
        asked.push(refresh);
        return `async-${++n}`;
      },
    ];
    for (const token of tokens) {
      const client = createApiClient('http://onramp.test/v1', token, fetch);
      await client.GET('/me');
      await client.GET('/me');
    }
    expect(seen).toEqual(['Bearer sync-1', 'Bearer sync-2', 'Bearer async-3', 'Bearer async-4']);
    expect(asked).toEqual([false, false, false, false]);
  });
});
