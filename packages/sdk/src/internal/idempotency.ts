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
] as const satisfies readonly KeyedPostPath[];

const keyed: ReadonlySet<string> = new Set(IDEMPOTENT_POST_PATHS);

/** A v4 UUID; `crypto.randomUUID` needs a secure context in browsers, `getRandomValues` does not. */
export function randomKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An openapi-fetch middleware (it needs the operation's path template, which the transport layers
 * do not see): adds `Idempotency-Key` to the keyed POSTs that do not carry one yet. Set once per
 * logical request, before the retry layer, so every retry carries the same key.
 */
export function idempotencyKeys(newKey: () => string): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (request.method === 'POST' && keyed.has(schemaPath) && !request.headers.has('idempotency-key')) {
        request.headers.set('Idempotency-Key', newKey());
      }
      return undefined;
    },
  };
}
