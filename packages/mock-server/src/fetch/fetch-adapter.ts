import type { MockApp } from '../app/app.js';
import { jsonText } from '../core/serialized-json.js';
import type { MockResponse } from '../core/types.js';
import { decodeBody } from '../core/utf8.js';

export interface FetchAdapterOptions {
  /** The API's base URL, e.g. `http://localhost:4010/v1` or `https://webexapis.com/v1`. */
  baseUrl: string;
  app: MockApp;
}

/**
 * Answers a fetch `Request` from the core: the contract under the base path, the mock control API
 * (`/_mock/...`) at the origin's root. Shared by the MSW handlers and `createMockFetch`.
 */
export function createRequestForwarder({ baseUrl, app }: FetchAdapterOptions) {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const control = url.pathname.startsWith('/_mock/');
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // Bytes, not `text()`: that would put U+FFFD in place of bytes that are not UTF-8.
    const decoded = request.body ? decodeBody(new Uint8Array(await request.arrayBuffer())) : undefined;
    if (decoded && 'refusal' in decoded) return toResponse(decoded.refusal);
    const rawBody = decoded?.text;
    const answer = await app.handle({
      method: request.method,
      path: control ? url.pathname : url.pathname.slice(basePath.length) || '/',
      query: url.searchParams,
      headers,
      rawBody,
      origin: base.origin,
    });
    return toResponse(answer);
  };
}

export function toResponse(answer: MockResponse): Response {
  if (answer.drop) return Response.error();
  const headers = new Headers(answer.headers);
  if (answer.raw !== undefined)
    return new Response(answer.raw as BodyInit, { status: answer.status, headers });
  if (answer.body === undefined) return new Response(null, { status: answer.status, headers });
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(jsonText(answer.body), { status: answer.status, headers });
}

/**
 * A `fetch` that answers from the mock in this process or page, without a service worker or a
 * socket: inject it into a client (`createOnrampClient({ fetch })`, openapi-fetch's `fetch` option)
 * in unit and component tests. A dropped connection rejects like a real network failure.
 */
export function createMockFetch(options: FetchAdapterOptions): typeof fetch {
  const forward = createRequestForwarder(options);
  return async (input, init) => {
    const response = await forward(new Request(input, init));
    if (response.type === 'error') throw new TypeError('Failed to fetch (connection dropped by the mock)');
    return response;
  };
}
