import type { MockApp } from '../src/app/app.js';
import type { MockResponse } from '../src/core/types.js';

/** A request straight to the app's core (no HTTP, no MSW): `path` may carry a query. */
export function send(
  app: MockApp,
  method: string,
  path: string,
  body?: unknown,
  token = 'partner-full-admin',
): Promise<MockResponse> {
  const queryAt = path.indexOf('?');
  return app.handle({
    method,
    path: queryAt === -1 ? path : path.slice(0, queryAt),
    query: new URLSearchParams(queryAt === -1 ? '' : path.slice(queryAt + 1)),
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { rawBody: JSON.stringify(body) }),
  });
}

/**
 * Random ids and tokens differ between two runs: each distinct one is replaced by its order of first
 * appearance, so two texts compare equal when they have the same records, fields and order.
 */
export function normalized(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(
    /Y2lzY29zcGFyazovL3VzL[A-Za-z0-9+/]+|\b(?:wel|pwd|tos|cxn|mail)_[0-9a-f]{16}\b|ONRAMP_[0-9a-f-]{36}/g,
    (match) => {
      let name = seen.get(match);
      if (!name) {
        name = `<${seen.size}>`;
        seen.set(match, name);
      }
      return name;
    },
  );
}
