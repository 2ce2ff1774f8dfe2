import { OnrampError } from '../errors.js';
import { discard } from './compose.js';
import type { FetchMiddleware } from './types.js';

export interface TokenContext {
  /** `true` when the previous token was refused (401): return a fresh one, not a cached one. */
  refresh: boolean;
}

/** Returns the bearer token; called before every request, and again with `refresh: true` after a 401. */
export type GetToken = (context: TokenContext) => string | Promise<string>;

export type TokenSource = { token: string } | { getToken: GetToken };

// RFC 9110 token68-ish: printable ASCII without spaces. Checked here because `Headers.set` would
// otherwise throw an error whose message contains the token itself.
const VALID_TOKEN = /^[\x21-\x7e]+$/;

async function bearer(source: TokenSource, refresh: boolean): Promise<string> {
  const token = 'token' in source ? source.token : await source.getToken({ refresh });
  if (typeof token !== 'string' || !VALID_TOKEN.test(token)) {
    throw new OnrampError(
      'The token is empty or not a valid header value (printable ASCII without spaces); it is not shown here.',
    );
  }
  return `Bearer ${token}`;
}

/**
 * `Authorization: Bearer …` from a fixed `token` or from `getToken()`. A 401 with `getToken` asks
 * for a fresh token and resends once (a 401 means the server did nothing, so resending is safe for
 * any method); a second 401 is returned as it is.
 */
export function auth(source: TokenSource): FetchMiddleware {
  const canRefresh = 'getToken' in source;
  return (next) => async (request) => {
    const spare = canRefresh ? request.clone() : undefined;
    request.headers.set('Authorization', await bearer(source, false));
    const response = await next(request);
    if (response.status !== 401 || !spare) return response;
    await discard(response);
    spare.headers.set('Authorization', await bearer(source, true));
    return next(spare);
  };
}
