import type { Token, TokenContext } from '@onramp/contract';
import { OnrampError } from '../errors.js';

export type { TokenContext };

/** Returns the bearer token; called before every request, and again with `refresh: true` after a 401. */
export type GetToken = Exclude<Token, string>;

/**
 * Where tokens come from, once the options are read: `getToken` when there is one, else the fixed
 * `token` (a function given as `token` is the `getToken`).
 */
export type TokenSource = { token?: Token | undefined; getToken?: GetToken | undefined };

// RFC 9110 token68-ish: printable ASCII without spaces. Checked here because `Headers.set` would
// otherwise throw an error whose message contains the token itself.
const VALID_TOKEN = /^[\x21-\x7e]+$/;

/** `Bearer <token>` after checking the token. */
export function bearerOf(token: unknown): string {
  if (typeof token !== 'string' || !VALID_TOKEN.test(token)) {
    throw new OnrampError('Invalid token (not shown)');
  }
  return `Bearer ${token}`;
}
