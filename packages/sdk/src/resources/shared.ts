import type { ClientContext } from '../client.js';

/** Per-call options every ergonomic method accepts. */
export interface CallOptions {
  /** Aborts the call (and its retries). */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** A creating call's options: the SDK makes an `Idempotency-Key` unless you pass yours (e.g. your own order id). */
export interface CreateOptions extends CallOptions {
  idempotencyKey?: string;
}

/** Something an `If-Match` can come from: an ETag (`"3"`), a version number, or the resource itself. */
export type ETagSource = string | number | { version: number };

/** Acting for a sub-partner (wholesale). */
export type SubPartnerScope = { onBehalfOfSubPartnerOrgId?: string };

/**
 * What every resource shares: the client's context. One base class, so the dozen resources carry
 * no constructor of their own.
 */
export abstract class Resource {
  /** @internal */
  protected readonly ctx: ClientContext;
  /** Made by `createOnrampClient`, or one by one on `createClientContext(options)`. */
  constructor(ctx: ClientContext) {
    this.ctx = ctx;
  }
}

/**
 * The openapi-fetch init for `CallOptions`, with `If-Match` / `Idempotency-Key` when given
 * (openapi-fetch leaves out headers whose value is `undefined`).
 */
export function init(
  options: CallOptions & {
    idempotencyKey?: string | undefined;
    ifMatch?: ETagSource | null | undefined;
  } = {},
) {
  const { ifMatch } = options;
  return {
    headers: {
      ...options.headers,
      'Idempotency-Key': options.idempotencyKey || undefined,
      // `"3"` from `3`, `{ version: 3 }` or `"3"`.
      'If-Match':
        typeof ifMatch === 'string'
          ? ifMatch
          : ifMatch == null
            ? undefined
            : `"${(ifMatch as { version: number }).version ?? ifMatch}"`,
    },
    signal: options.signal,
  };
}

/** The wholesale `onBehalfOfSubPartnerOrgId` query of a call. */
export function scope(options: SubPartnerScope = {}) {
  return { onBehalfOfSubPartnerOrgId: options.onBehalfOfSubPartnerOrgId || undefined };
}

/** The id in a `Location` (absolute or relative) of `<collection>/<id>`, if it has that shape. */
export function idFromLocation(location: string | null | undefined, collection: string): string | undefined {
  const [, id] = location?.split(/[?#]/)[0]?.split(`${collection}/`) ?? [];
  return id && !id.includes('/') ? decodeURIComponent(id) : undefined;
}
