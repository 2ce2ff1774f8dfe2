/**
 * Which request each response answered. openapi-fetch hands the ergonomic layer a `Response` but not
 * its `Request`; the outermost transport layer records the pair so a typed error can name the
 * method and URL (never the headers).
 */
const requests = new WeakMap<Response, { method: string; url: string }>();

export function rememberRequest(response: Response, request: Request): void {
  requests.set(response, { method: request.method, url: request.url });
}

export function requestOf(response: Response): { method: string; url: string } | undefined {
  return requests.get(response);
}
