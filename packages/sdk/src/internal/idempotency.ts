import type { paths } from '@onramp/contract';
import type { Middleware } from 'openapi-fetch';

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

const keyed: ReadonlySet<string> = new Set(IDEMPOTENT_POST_PATHS);

/**
 * A fresh key: a v4 UUID, or (where `crypto.randomUUID` is missing: a browser page outside a secure
 * context) 128 random bits as four numbers, which the contract accepts too (any unique string).
 */
export function randomKey(): string {
  const c = globalThis.crypto;
  return c.randomUUID?.() ?? c.getRandomValues(new Uint32Array(4)).join('-');
}

/**
 * An openapi-fetch middleware (it runs once per logical request and sees the operation's path
 * template, which the transport does not): one `X-Request-Id` per logical request (every retry
 * carries it, so server logs group them), and an `Idempotency-Key` (from `newKey`; none when
 * `undefined`) on the keyed POSTs that do not carry one yet, so every retry carries the same key.
 */
export function requestKeys(newKey: (() => string) | undefined): Middleware {
  return {
    onRequest({ request: { method, headers }, schemaPath }) {
      if (!headers.has('x-request-id')) headers.set('X-Request-Id', randomKey());
      if (newKey && method === 'POST' && keyed.has(schemaPath) && !headers.has('idempotency-key'))
        headers.set('Idempotency-Key', newKey());
      return undefined;
    },
  };
}
