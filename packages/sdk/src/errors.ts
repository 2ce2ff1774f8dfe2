import type { DenialReason, ErrorResponse } from '@onramp/contract';
import { where } from './internal/request-info.js';

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
  // Each class names itself once, on its prototype (not per instance in a constructor): minified
  // class names say nothing, and this keeps `String(error)`, stacks and `toJSON()` naming the kind.
  // A static block per class is smaller than one loop over a list of names (decision 0072).
  static {
    OnrampError.prototype.name = 'OnrampError';
  }

  /** The HTTP status, or `undefined` when no answer arrived. */
  declare readonly status: number | undefined;
  /** The error body as the contract describes it, when the server sent one. */
  declare readonly body: ErrorResponse | undefined;
  /** The server's tracking id (body or `trackingid` header): quote it to support. */
  declare readonly trackingId: string | undefined;
  /** The machine-readable reason of the first error detail (`errors[0].reason`). */
  declare readonly reason: string | undefined;
  /** Error details that name a field, grouped by field (`address.country` → descriptions). */
  declare readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  declare readonly request: RequestSummary | undefined;
  /** The answer's headers (never the request's). */
  declare readonly headers: Headers | undefined;
  /** What the server asked to wait before asking again (its `Retry-After`, on a 429 or 503), in ms. */
  declare readonly retryAfterMs: number | undefined;

  constructor(message: string, init: OnrampErrorInit = {}) {
    // `init` is a valid `ErrorOptions`: `Error` reads its `cause`.
    super(message, init);
    const { body, headers } = init;
    const fieldErrors: Record<string, string[]> = {};
    for (const { field, description } of body?.errors ?? []) {
      if (field) fieldErrors[field] = [...(fieldErrors[field] ?? []), description];
    }
    Object.assign(this, init, {
      retryAfterMs: parseRetryAfterHeader(headers?.get('retry-after')),
      trackingId: body?.trackingId || headers?.get('trackingid') || undefined,
      reason: body?.errors[0]?.reason,
      fieldErrors,
    });
  }

  /** The one place an HTTP failure becomes a typed error (openai-node's `APIError.generate`). */
  static generate(status: number, body: unknown, headers?: Headers, request?: RequestSummary): OnrampError {
    // Any JSON object, completed to the contract's shape; a text body (a proxy's 502 page) is not one.
    const errorBody: ErrorResponse | undefined =
      typeof body === 'object' && body ? { message: '', errors: [], trackingId: '', ...body } : undefined;
    const text =
      errorBody?.message || errorBody?.errors[0]?.description || (typeof body === 'string' ? body : '');
    const message = `${status}${text ? ` ${text.slice(0, 500)}` : ''}${request ? ` (${where(request)})` : ''}`;
    const Kind = KIND_BY_STATUS[status] ?? (status >= 500 ? ServerError : OnrampError);
    return new Kind(message, { status, body: errorBody, headers, request });
  }

  /** A plain summary for logs: no headers, no token (the fields above and a subclass's own, like `resource`). */
  toJSON(): Record<string, unknown> {
    // Own enumerable fields only: `cause` (like `stack`) is not enumerable; `headers` is left out.
    const { headers, ...fields } = this;
    return { ...fields, name: this.name, message: this.message };
  }
}

/** 400 or 422: the request does not match the contract or a business rule about its content. */
export class ValidationError extends OnrampError {
  static {
    ValidationError.prototype.name = 'ValidationError';
  }
}

/** 401: no token, an unknown one, or one that stayed invalid after a refresh through `getToken`. */
export class UnauthorizedError extends OnrampError {
  static {
    UnauthorizedError.prototype.name = 'UnauthorizedError';
  }
}

/** 403: a permission rule said no; `reason` says which (decision 0003's denial reasons). */
export class ForbiddenError extends OnrampError {
  static {
    ForbiddenError.prototype.name = 'ForbiddenError';
  }
  declare readonly reason: DenialReason | undefined;
}

export class NotFoundError extends OnrampError {
  static {
    NotFoundError.prototype.name = 'NotFoundError';
  }
}

/** 409 (a state conflict, e.g. `country_locked`) or 412 (a stale `If-Match`). */
export class ConflictError extends OnrampError {
  static {
    ConflictError.prototype.name = 'ConflictError';
  }
}

/** 429, after the retries (if any) ran out; `retryAfterMs` says when to ask again. */
export class RateLimitError extends OnrampError {
  static {
    RateLimitError.prototype.name = 'RateLimitError';
  }
}

/** 5xx, after the retries (if any) ran out. */
export class ServerError extends OnrampError {
  static {
    ServerError.prototype.name = 'ServerError';
  }
}

/** No answer arrived: DNS, refused or reset connection, a dropped response. */
export class ConnectionError extends OnrampError {
  static {
    ConnectionError.prototype.name = 'ConnectionError';
  }
}

/** No answer within `timeoutMs` (per attempt). */
export class TimeoutError extends ConnectionError {
  static {
    TimeoutError.prototype.name = 'TimeoutError';
  }
}

/** A waited-for provisioning ended in failure: a customer in `error`, a setup in `failed`. */
export class ProvisioningFailedError<T = unknown> extends OnrampError {
  static {
    ProvisioningFailedError.prototype.name = 'ProvisioningFailedError';
  }
  constructor(
    message: string,
    /** The resource as last read (the customer, the setup). */
    readonly resource: T,
  ) {
    super(message);
  }
}

/** A wait (`createAndWait`, `submitAndWait`) ran past its `timeoutMs`. */
export class WaitTimeoutError<T = unknown> extends OnrampError {
  static {
    WaitTimeoutError.prototype.name = 'WaitTimeoutError';
  }
  constructor(
    message: string,
    /** The resource as last read, if it was read at all. */
    readonly last: T | undefined,
  ) {
    super(message);
  }
}

const KIND_BY_STATUS: Record<number, typeof OnrampError | undefined> = {
  400: ValidationError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  412: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

/**
 * `Retry-After` (RFC 9110 §10.2.3) as milliseconds from `now`: delay-seconds (whole, non-negative)
 * or an HTTP date (0 once it has passed); `undefined` when absent or unreadable (`-5`, `1.5`, `soon`).
 * The one rule for the retry loop, `OnrampError.retryAfterMs`, polling and a UI's 429 countdown
 * (`Math.ceil(ms / 1000)` seconds).
 */
export function parseRetryAfterHeader(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; `Date.parse` alone would also take "-5" or "1.5".
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
