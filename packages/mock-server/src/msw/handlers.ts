import { type HttpHandler, http } from 'msw';
import type { MockApp } from '../core/app.js';
import type { MockResponse } from '../core/types.js';

export interface CreateHandlersOptions {
  /** The API's base URL, e.g. `http://localhost:4010/v1` or `https://webexapis.com/v1`. */
  baseUrl: string;
  app: MockApp;
}

function toResponse(answer: MockResponse): Response {
  if (answer.drop) return Response.error();
  const headers = new Headers(answer.headers);
  if (answer.body === undefined) return new Response(null, { status: answer.status, headers });
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}

/** One MSW handler (for `setupServer` and `setupWorker`) that converts and calls the same core. */
export function createHandlers({ baseUrl, app }: CreateHandlersOptions): HttpHandler[] {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  return [
    http.all(`${base.origin}${basePath}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const rawBody = request.body ? await request.text() : undefined;
      const answer = await app.handle({
        method: request.method,
        path: url.pathname.slice(basePath.length) || '/',
        query: url.searchParams,
        headers,
        rawBody,
        origin: base.origin,
      });
      return toResponse(answer);
    }),
  ];
}
