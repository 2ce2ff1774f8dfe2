/**
 * An EXPERIMENT for FINDINGS.md, not a product: the same core (`createMockApp().handle`) behind a
 * leaner node:http adapter, to measure how much of the gap to bare node:http is the adapter's and how
 * much is the core's. It differs from `startMockServer` only in what FINDINGS.md lists:
 * - no body read (no promise, no 'end' wait) for requests that have none (GET without length);
 * - the path and query split with `indexOf('?')` + `URLSearchParams` instead of `new URL()`;
 * - `request.headers` passed as is (Node already lower-cases names; only arrays need joining);
 * - CORS + content-type headers as one precomputed flat array per answer, no object spreads.
 * Error handling is the minimum for a benchmark (the real adapter's 413 etc. are left out).
 *
 * `LEAN_UNDO` (comma-separated) puts one of the standalone adapter's habits back, to price it alone:
 * `readBody` (always read the body through a promise), `url` (new URL), `headers` (copy into a new
 * object), `spread` (response headers as object spreads).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { MockApp, MockRequest, MockResponse } from '@onramp/mock-server';

const CORS: string[] = [
  'access-control-allow-origin',
  '*',
  'access-control-allow-methods',
  'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers',
  'authorization, content-type, idempotency-key, x-request-id',
  'access-control-expose-headers',
  'location, retry-after, trackingid, idempotent-replayed',
  'access-control-max-age',
  '600',
];
const JSON_TYPE = 'application/json; charset=utf-8';

const undo = new Set((process.env.LEAN_UNDO ?? '').split(',').filter(Boolean));
const CORS_OBJECT: Record<string, string> = {};
for (let i = 0; i < CORS.length; i += 2) CORS_OBJECT[CORS[i] as string] = CORS[i + 1] as string;

function hasBody(request: IncomingMessage): boolean {
  if (undo.has('readBody')) return true;
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

function write(response: ServerResponse, answer: MockResponse): void {
  if (answer.drop) {
    response.socket?.destroy();
    return;
  }
  if (undo.has('spread')) {
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    response.writeHead(answer.status, {
      ...CORS_OBJECT,
      ...answer.headers,
      ...(answer.body === undefined
        ? {}
        : { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(payload) }),
    });
    response.end(payload);
    return;
  }
  const headers = CORS.slice();
  for (const name in answer.headers) headers.push(name, answer.headers[name] as string);
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers);
    response.end();
    return;
  }
  const payload = JSON.stringify(answer.body);
  headers.push('content-type', JSON_TYPE, 'content-length', String(Buffer.byteLength(payload)));
  response.writeHead(answer.status, headers);
  response.end(payload);
}

export function startLeanServer(app: MockApp): Promise<Server> {
  const base = app.basePath;
  const dispatch = (request: IncomingMessage, response: ServerResponse, rawBody: string | undefined) => {
    const url = request.url ?? '/';
    let pathname: string;
    let query: URLSearchParams;
    if (undo.has('url')) {
      const parsed = new URL(url, `http://${request.headers.host ?? '127.0.0.1'}`);
      pathname = parsed.pathname;
      query = parsed.searchParams;
    } else {
      const q = url.indexOf('?');
      pathname = q < 0 ? url : url.slice(0, q);
      query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    }
    const inBase = pathname === base || pathname.startsWith(`${base}/`);
    let headers = request.headers as Record<string, string>;
    if (undo.has('headers')) {
      headers = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
    }
    const mockRequest: MockRequest = {
      method: request.method ?? 'GET',
      path: inBase ? pathname.slice(base.length) || '/' : `/__outside_base_path__${pathname}`,
      query,
      headers,
      rawBody,
      origin: `http://${request.headers.host ?? '127.0.0.1'}`,
    };
    app.handle(mockRequest).then(
      (answer) => write(response, answer),
      () => {
        response.writeHead(500).end();
      },
    );
  };
  const server = createServer((request, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    if (!hasBody(request)) {
      dispatch(request, response, undefined);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => dispatch(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
