import type { Token, TokenContext } from '@onramp/contract';
import { OnrampError } from '../errors.js';

export type { TokenContext };

/** Returns the bearer token; called before every request, and again with `refresh: true` after a 401. */
export type GetToken = Exclude<Token, string>;

/** Where tokens come from, once the options are read: `getToken` when there is one, else the fixed `token`. */
export type TokenSource = { token?: string | undefined; getToken?: GetToken | undefined };

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

/** `Bearer <token>` from a fixed `token` or from `getToken({ refresh })`, after checking the token. */
export async function bearer(source: TokenSource, refresh: boolean): Promise<string> {
  return bearerOf(source.getToken ? await source.getToken({ refresh }) : source.token);
}
