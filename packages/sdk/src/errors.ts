import type { DenialReason, ErrorDetail, ErrorResponse } from '@onramp/contract';

/** Where a failed request went: method and URL only (never its headers, so never its token). */
export interface RequestSummary {
  method: string;
  url: string;
}

export interface OnrampErrorInit {
  status?: number | undefined;
  body?: ErrorResponse | undefined;
  headers?: Headers | undefined;
  request?: RequestSummary | undefined;
  cause?: unknown;
}

/**
 * Every error the ergonomic layer throws. HTTP failures carry the contract's error body
 * (`{ message, errors, trackingId }`); connection failures have no `status`.
 *
 * Tokens never appear here: the message comes from the server's body, and only the request's
 * method and URL are kept.
 */
export class OnrampError extends Error {
  override name = 'OnrampError';
  /** The HTTP status, or `undefined` when no answer arrived. */
  readonly status: number | undefined;
  /** The error body as the contract describes it, when the server sent one. */
  readonly body: ErrorResponse | undefined;
  /** The server's tracking id (body or `trackingid` header): quote it to support. */
  readonly trackingId: string | undefined;
  /** The machine-readable reason of the first error detail (`errors[0].reason`). */
  readonly reason: string | undefined;
  /** Error details that name a field, grouped by field (`address.country` → descriptions). */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  readonly request: RequestSummary | undefined;
  /** The answer's headers (never the request's). */
  readonly headers: Headers | undefined;

  constructor(message: string, init: OnrampErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.request = init.request;
    this.trackingId = init.body?.trackingId ?? init.headers?.get('trackingid') ?? undefined;
    this.reason = init.body?.errors?.[0]?.reason;
    this.fieldErrors = groupFieldErrors(init.body?.errors);
  }

  /** The one place an HTTP failure becomes a typed error (openai-node's `APIError.generate`). */
  static generate(status: number, body: unknown, headers?: Headers, request?: RequestSummary): OnrampError {
    const errorBody = asErrorResponse(body);
    const message = describe(status, errorBody, body, request);
    const init: OnrampErrorInit = { status, body: errorBody, headers, request };
    if (status === 400 || status === 422) return new ValidationError(message, init);
    if (status === 401) return new UnauthorizedError(message, init);
    if (status === 403) return new ForbiddenError(message, init);
    if (status === 404) return new NotFoundError(message, init);
    if (status === 409 || status === 412) return new ConflictError(message, init);
    if (status === 429) return new RateLimitError(message, init);
    if (status >= 500) return new ServerError(message, init);
    return new OnrampError(message, init);
  }

  /** A plain summary for logs: no headers, no token. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      reason: this.reason,
      trackingId: this.trackingId,
      fieldErrors: this.fieldErrors,
      request: this.request,
      body: this.body,
    };
  }
}

/** 400 or 422: the request does not match the contract or a business rule about its content. */
export class ValidationError extends OnrampError {
  override name = 'ValidationError';
}

/** 401: no token, an unknown one, or one that stayed invalid after a refresh through `getToken`. */
export class UnauthorizedError extends OnrampError {
  override name = 'UnauthorizedError';
}

/** 403: a permission rule said no; `reason` says which (decision 0003's denial reasons). */
export class ForbiddenError extends OnrampError {
  override name = 'ForbiddenError';
  declare readonly reason: DenialReason | undefined;
}

export class NotFoundError extends OnrampError {
  override name = 'NotFoundError';
}

/** 409 (a state conflict, e.g. `country_locked`) or 412 (a stale `If-Match`). */
export class ConflictError extends OnrampError {
  override name = 'ConflictError';
}

/** 429, after the retries (if any) ran out. */
export class RateLimitError extends OnrampError {
  override name = 'RateLimitError';
  /** What the server asked to wait (its `Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, init: OnrampErrorInit = {}) {
    super(message, init);
    this.retryAfterMs = parseRetryAfterHeader(init.headers?.get('retry-after') ?? null, Date.now());
  }
}

/** 5xx, after the retries (if any) ran out. */
export class ServerError extends OnrampError {
  override name = 'ServerError';
}

/** No answer arrived: DNS, refused or reset connection, a dropped response. */
export class ConnectionError extends OnrampError {
  override name = 'ConnectionError';
}

/** No answer within `timeoutMs` (per attempt). */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}

/**
 * `Retry-After` in ms: delta seconds or an HTTP date (RFC 9110 §10.2.3); `undefined` when absent or
 * unreadable. Lives here, not in the retry middleware, because `RateLimitError` needs it too.
 */
export function parseRetryAfterHeader(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function asErrorResponse(body: unknown): ErrorResponse | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const candidate = body as Partial<ErrorResponse>;
  if (typeof candidate.message !== 'string' && !Array.isArray(candidate.errors)) return undefined;
  return {
    message: candidate.message ?? '',
    errors: Array.isArray(candidate.errors) ? candidate.errors : [],
    trackingId: candidate.trackingId ?? '',
  };
}

function describe(status: number, body: ErrorResponse | undefined, raw: unknown, request?: RequestSummary) {
  const where = request ? ` (${request.method} ${pathOf(request.url)})` : '';
  const text = body?.message || body?.errors[0]?.description || (typeof raw === 'string' ? raw : '');
  return `${status}${text ? ` ${text.slice(0, 500)}` : ''}${where}`;
}

/** The path only: query strings may carry e-mail addresses, which do not belong in messages. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function groupFieldErrors(details: ErrorDetail[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const detail of details ?? []) {
    if (!detail.field) continue;
    const list = out[detail.field] ?? [];
    list.push(detail.description);
    out[detail.field] = list;
  }
  return out;
}

/** A waited-for provisioning ended in failure: a customer in `error`, a setup in `failed`. */
export class ProvisioningFailedError<T = unknown> extends OnrampError {
  override name = 'ProvisioningFailedError';
  /** The resource as last read (the customer, the setup). */
  readonly resource: T;
  constructor(message: string, resource: T) {
    super(message);
    this.resource = resource;
  }
}

/** A wait (`createAndWait`, `submitAndWait`) ran past its `timeoutMs`. */
export class WaitTimeoutError<T = unknown> extends OnrampError {
  override name = 'WaitTimeoutError';
  /** The resource as last read, if it was read at all. */
  readonly last: T | undefined;
  constructor(message: string, last: T | undefined) {
    super(message);
    this.last = last;
  }
}
