import { rememberRequest } from './request-info.js';
import type { FetchMiddleware } from './types.js';

export interface RequestHeadersOptions {
  /** Sent as `User-Agent` outside browsers (browsers send their own and may refuse to change it). */
  userAgent: string;
  /** Sent with every request unless the request sets the same header itself. */
  headers?: Record<string, string> | undefined;
  newRequestId: () => string;
}

const isBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

/**
 * The outermost layer: one `X-Request-Id` per logical request (every retry of it carries the same
 * one, so server logs group them), the user agent and the caller's default headers.
 */
export function requestHeaders(options: RequestHeadersOptions): FetchMiddleware {
  return (next) => async (request) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (!request.headers.has(name)) request.headers.set(name, value);
    }
    if (!request.headers.has('x-request-id')) request.headers.set('X-Request-Id', options.newRequestId());
    if (!isBrowser && !request.headers.has('user-agent'))
      request.headers.set('User-Agent', options.userAgent);
    const response = await next(request);
    rememberRequest(response, request);
    return response;
  };
}
