import type { paths } from '@onramp/contract';

type HeaderOf<Op> = Op extends { parameters: { header?: infer H } } ? NonNullable<H> : never;
type DeclaresKey<Op> = [HeaderOf<Op>] extends [never]
  ? false
  : 'Idempotency-Key' extends keyof HeaderOf<Op>
    ? true
    : false;

/** Every contract path whose POST declares an `Idempotency-Key` header (computed from the types). */
export type KeyedPostPath = {
  [P in keyof paths]: DeclaresKey<paths[P]['post']> extends true ? P : never;
}[keyof paths];

/**
 * The creating POSTs the server deduplicates by `Idempotency-Key`: exactly the ones the contract
 * declares the header on (a type test keeps this list equal to `KeyedPostPath`). The SDK gives each
 * of them a fresh key, so the retry layer may replay them; any other POST is never replayed.
 */
export const IDEMPOTENT_POST_PATHS = [
  '/wholesale/customers',
  '/wholesale/subscribers',
  '/trials',
  '/orders/{orderId}/mapping',
  '/organizations/{orgId}/users',
  '/organizations/{orgId}/users/import',
  '/organizations/{orgId}/users/{userId}/invitation',
  '/organizations/{orgId}/users/{userId}/connectInvitation',
  '/organizations/{orgId}/externalAdmins',
  '/organizations/{orgId}/setup/submission',
  '/organizations/{orgId}/contactCenter/tenantSetup',
] as const satisfies readonly KeyedPostPath[];

/**
 * A fresh key: a v4 UUID, or (where `crypto.randomUUID` is missing: a browser page outside a secure
 * context) 128 random bits as four numbers, which the contract accepts too (any unique string).
 */
export function randomKey(): string {
  const c = globalThis.crypto;
  return c.randomUUID?.() ?? c.getRandomValues(new Uint32Array(4)).join('-');
}

/**
 * What the transport stamps once per logical request, before its first attempt (so every retry
 * carries the same values): an `X-Request-Id` (server logs group the attempts by it), and an
 * `Idempotency-Key` (from `newKey`; none when `undefined`) on the keyed POSTs that do not carry one
 * yet. The keyed POSTs are recognised by their path under `baseUrl` (one regular expression built
 * from the templates), so no openapi-fetch middleware runs per call.
 */
export function requestKeys(baseUrl: string, newKey: (() => string) | undefined): (request: Request) => void {
  const base = new URL(baseUrl, 'http://x').pathname.replace(/\/+$/, '');
  const keyed = new RegExp(`^(?:${IDEMPOTENT_POST_PATHS.join('|').replace(/\{[^}]+\}/g, '[^/]+')})$`);
  return ({ method, headers, url }) => {
    if (!headers.has('x-request-id')) headers.set('X-Request-Id', randomKey());
    if (newKey && method === 'POST' && !headers.has('idempotency-key')) {
      const { pathname } = new URL(url);
      if (pathname.startsWith(base) && keyed.test(pathname.slice(base.length)))
        headers.set('Idempotency-Key', newKey());
    }
  };
}
