import { mockFetch } from './mock-fetch.js';

/**
 * The in-page mock's `fetch`, able to lose answers: for paths matching `loseAnswers(pattern)`, the
 * server acts on the request and the answer never arrives (a connection dropped after the write).
 * The mock's own `drop` fault drops a request before it is handled; this is the harder case, where
 * only an idempotency key or a version check keeps a retry from doing the thing twice.
 */
export function lossyFetch(harness = mockFetch()) {
  let lose: RegExp | undefined;
  let lost = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const matches = lose?.test(new URL(request.url).pathname) ?? false;
    const answer = await harness.fetch(request);
    if (!matches) return answer;
    lost++;
    throw new TypeError('Failed to fetch (the answer was lost after the server acted)');
  };
  return {
    ...harness,
    fetch,
    /** Loses the answers of the requests whose path matches; `undefined` stops. */
    loseAnswers(pattern: RegExp | undefined) {
      lose = pattern;
    },
    get lost() {
      return lost;
    },
  };
}
