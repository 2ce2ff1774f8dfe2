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

/** `"3"` from `3`, `{ version: 3 }` or `"3"`. */
export function etagOf(source: ETagSource): string {
  if (typeof source === 'string') return source;
  return `"${typeof source === 'number' ? source : source.version}"`;
}

/** The openapi-fetch init for `CallOptions`, with `If-Match` / `Idempotency-Key` when given. */
export function init(
  options: CallOptions & {
    idempotencyKey?: string | undefined;
    ifMatch?: ETagSource | null | undefined;
  } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  if (options.ifMatch !== undefined && options.ifMatch !== null)
    headers['If-Match'] = etagOf(options.ifMatch);
  return { headers, ...(options.signal ? { signal: options.signal } : {}) };
}

/** The last path segment after `prefix` in a `Location` (absolute or relative), if it has that shape. */
export function idFromLocation(location: string | null | undefined, collection: string): string | undefined {
  if (!location) return undefined;
  let path: string;
  try {
    path = new URL(location, 'http://relative.invalid').pathname;
  } catch {
    return undefined;
  }
  const match = new RegExp(`${collection}/([^/]+)/?$`).exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
