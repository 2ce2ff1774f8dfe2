import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApp, type MockApp, type MockAppOptions } from '../core/app.js';
import type { MockRequest, MockResponse } from '../core/types.js';

export interface MockServerOptions extends MockAppOptions {
  port?: number;
  host?: string;
  /** Log one line per request to this function (e.g. `console.log`). */
  log?: (line: string) => void;
  /** Use an existing app (shared with tests); otherwise one is created from the options. */
  app?: MockApp;
}

export interface RunningMockServer {
  readonly url: string;
  readonly port: number;
  readonly app: MockApp;
  readonly server: Server;
  close(): Promise<void>;
}

/** Local portals and Storybook call from another origin: allow any, with the headers the API uses. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key, if-match, x-request-id',
  'access-control-expose-headers':
    'location, retry-after, trackingid, idempotent-replayed, etag, content-disposition',
  'access-control-max-age': '600',
};

const MAX_BODY_BYTES = 1_000_000;

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined));
    request.on('error', reject);
  });
}

function toMockRequest(
  request: IncomingMessage,
  rawBody: string | undefined,
  basePath: string,
  origin: string,
): MockRequest | undefined {
  // Parse the URL once; only paths under the base path are the API's.
  const url = new URL(request.url ?? '/', origin);
  // The control API lives at the root (`/_mock/...`); the contract's operations under the base path.
  const control = url.pathname === '/_mock' || url.pathname.startsWith('/_mock/');
  if (!control && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: request.method ?? 'GET',
    path: control ? url.pathname : url.pathname.slice(basePath.length) || '/',
    query: url.searchParams,
    headers,
    rawBody,
    origin,
  };
}

function write(response: ServerResponse, answer: MockResponse): void {
  if (answer.drop) {
    response.socket?.destroy();
    return;
  }
  if (answer.raw !== undefined) {
    const bytes = typeof answer.raw === 'string' ? Buffer.from(answer.raw, 'utf8') : Buffer.from(answer.raw);
    response.writeHead(answer.status, { ...CORS_HEADERS, ...answer.headers, 'content-length': bytes.length });
    response.end(bytes);
    return;
  }
  const hasBody = answer.body !== undefined;
  const payload = hasBody ? JSON.stringify(answer.body) : '';
  response.writeHead(answer.status, {
    ...CORS_HEADERS,
    ...answer.headers,
    ...(hasBody
      ? { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) }
      : {}),
  });
  response.end(payload);
}

/** The standalone adapter: `node:http` → core, with no `Request`/`Response` objects on the way. */
export function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const app = options.app ?? createMockApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (request, response) => {
    const started = Date.now();
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }
    const origin = `http://${request.headers.host ?? `${host}`}`;
    let answer: MockResponse;
    try {
      const raw = await readBody(request);
      const mockRequest = toMockRequest(request, raw, app.basePath, origin);
      answer = mockRequest
        ? await app.handle(mockRequest)
        : await app.handle({
            method: request.method ?? 'GET',
            path: `/__outside_base_path__${request.url ?? ''}`,
            query: new URLSearchParams(),
            headers: {},
          });
    } catch (error) {
      answer = {
        status: 413,
        headers: {},
        body: {
          message: String(error),
          errors: [{ description: String(error), reason: 'too_large' }],
          trackingId: `ONRAMP_${crypto.randomUUID()}`,
        },
      };
    }
    write(response, answer);
    options.log?.(
      `${request.method} ${request.url} → ${answer.drop ? 'dropped' : answer.status} (${Date.now() - started} ms)`,
    );
  });
  // Keep-alive sockets would hold close() open; they are closed with the server.
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}${app.basePath}`,
        port,
        app,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
