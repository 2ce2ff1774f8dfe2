// Where the examples connect: the mock server by default (`onramp-mock --port 4010`).
import { createOnrampClient } from '@onramp/sdk';

export const baseUrl = process.env.ONRAMP_BASE_URL ?? 'http://localhost:4010/v1';

/** One client for the examples, printing its retries. */
export const onramp = createOnrampClient({
  baseUrl,
  token: process.env.ONRAMP_TOKEN ?? 'partner-full-admin',
  retry: { onRetry: (e) => console.log(`  (retry ${e.retry} of ${e.method} in ${e.delayMs} ms)`) },
});

/** A suffix that keeps external ids unique across runs against the same server. */
export const runId = Date.now().toString(36);
