/**
 * Which request each response answered. openapi-fetch hands the ergonomic layer a `Response` but not
 * its `Request`; the transport records the pair (method and URL, never the headers) and `unwrap`
 * reads it, so a typed error can name the request.
 */
export const requests = new WeakMap<Response, { method: string; url: string }>();

/**
 * `POST /v1/wholesale/customers`: how errors and logs name a request. The path only: query strings
 * can hold e-mail addresses, and headers (the token) never appear.
 */
export function where({ method, url }: { method: string; url: string }): string {
  return `${method} ${new URL(url, 'http://x').pathname}`;
}

/** Frees the connection of an answer that will not be read (a retried 503, a 401 before refresh). */
export function discard(response: Response): Promise<void> | undefined {
  return response.body?.cancel().catch(() => {});
}
