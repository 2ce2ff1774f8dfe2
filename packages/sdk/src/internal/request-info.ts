/**
 * Which request each response answered. openapi-fetch hands the ergonomic layer a `Response` but not
 * its `Request`; the transport records the pair so a typed error can name the method and URL (never
 * the headers).
 */
const requests = new WeakMap<Response, { method: string; url: string }>();

export function rememberRequest(response: Response, { method, url }: Request): void {
  requests.set(response, { method, url });
}

export function requestOf(response: Response): { method: string; url: string } | undefined {
  return requests.get(response);
}

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
