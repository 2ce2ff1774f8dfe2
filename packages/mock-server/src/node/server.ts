import { isUtf8 } from 'node:buffer';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApp, type MockApp, type MockAppOptions } from '../app/app.js';
import { errorResponse } from '../core/errors.js';
import { jsonText } from '../core/serialized-json.js';
import type { MockRequest, MockResponse } from '../core/types.js';
import { notUtf8 } from '../core/utf8.js';
import { answerClientError } from './client-error.js';

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

/**
 * Reads the body, then calls `done` with its text (undefined without one) or with the refusal to
 * send instead: past the size limit a 413, bytes that are not UTF-8 a 400. Callbacks rather than a
 * promise: the hot path of every create (issue #4).
 */
function readBody(
  request: IncomingMessage,
  done: (raw: string | undefined, refusal?: MockResponse) => void,
): void {
  // Most requests (GET, DELETE) carry no body: answer them without waiting for the stream's end.
  if (!request.headers['content-length'] && !request.headers['transfer-encoding']) {
    done(undefined);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the limit the rest is read and dropped, not the socket destroyed: a client still sending
  // would see a reset instead of the 413 (the fuzz test caught it).
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    else chunks.length = 0;
  });
  request.on('end', () => {
    if (size > MAX_BODY_BYTES) {
      const message = `The body is larger than ${MAX_BODY_BYTES.toLocaleString('en-US')} bytes.`;
      done(undefined, errorResponse(413, message, [{ description: message, reason: 'too_large' }]));
      return;
    }
    if (chunks.length === 0) {
      done(undefined);
      return;
    }
    // A small body arrives in one chunk: decoded as is, without a copy into a new buffer.
    const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    // `toString` would put U+FFFD in place of bytes that are not UTF-8, and the mock would store it.
    if (isUtf8(bytes)) done(bytes.toString('utf8'));
    else done(undefined, notUtf8(bytes));
  });
  request.on('error', (error) =>
    done(undefined, errorResponse(400, `The request could not be read: ${error.message}`)),
  );
}

/** The query of every request without one (most POSTs): the core only reads it. */
const NO_QUERY = new URLSearchParams();

/**
 * The request as the core sees it. This is the hot path of the standalone server (decisions/0004):
 * the target is split by hand rather than through `new URL`, and Node's header object (already
 * lower-cased strings; only `set-cookie` is an array, which the API never reads) is passed as is.
 */
function toMockRequest(
  request: IncomingMessage,
  rawBody: string | undefined,
  basePath: string,
  origin: string,
): MockRequest | undefined {
  const target = request.url ?? '/';
  const queryAt = target.indexOf('?');
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  // The control API lives at the root (`/_mock/...`); the contract's operations under the base path.
  const control = pathname === '/_mock' || pathname.startsWith('/_mock/');
  if (!control && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  return {
    method: request.method ?? 'GET',
    path: control ? pathname : pathname.slice(basePath.length) || '/',
    query: queryAt === -1 ? NO_QUERY : new URLSearchParams(target.slice(queryAt + 1)),
    headers: request.headers as Record<string, string>,
    rawBody,
    origin,
  };
}

const CORS_LIST = Object.entries(CORS_HEADERS).flat();
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Writes the answer; CORS headers only go to browsers calling from another origin (they send
 * `Origin`). Headers go to `writeHead` as one flat list (no `setHeader` per name, no header object)
 * and the body with them in one `end`: one write on the socket.
 */
function write(response: ServerResponse, answer: MockResponse, cors: boolean): void {
  if (answer.drop) {
    response.socket?.destroy();
    return;
  }
  const headers: string[] = cors ? CORS_LIST.slice() : [];
  for (const name in answer.headers) headers.push(name, answer.headers[name] as string);
  if (answer.raw !== undefined) {
    const bytes = typeof answer.raw === 'string' ? Buffer.from(answer.raw, 'utf8') : Buffer.from(answer.raw);
    headers.push('content-length', String(bytes.length));
    response.writeHead(answer.status, headers);
    response.end(bytes);
    return;
  }
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers);
    response.end();
    return;
  }
  const payload = jsonText(answer.body);
  headers.push('content-type', JSON_TYPE, 'content-length', String(Buffer.byteLength(payload)));
  response.writeHead(answer.status, headers);
  response.end(payload);
}

/** The standalone adapter: `node:http` → core, with no `Request`/`Response` objects on the way. */
export function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const app = options.app ?? createMockApp(options);
  const host = options.host ?? '127.0.0.1';
  // `noDelay`: answers leave at once, not after Nagle's wait for the client's next ACK.
  let lastHost: string | undefined;
  let lastOrigin = '';
  const server = createServer({ noDelay: true }, (request, response) => {
    const started = options.log ? Date.now() : 0;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }
    const finish = (answer: MockResponse) => {
      write(response, answer, request.headers.origin !== undefined);
      options.log?.(
        `${request.method} ${request.url} → ${answer.drop ? (answer.status ? `${answer.status}, answer lost (fault)` : 'dropped (fault)') : answer.status} (${Date.now() - started} ms)`,
      );
    };
    readBody(request, (raw, refusal) => {
      if (refusal !== undefined) {
        finish(refusal);
        return;
      }
      // `http://host`, built once per host rather than once per request.
      const hostHeader = request.headers.host ?? host;
      if (hostHeader !== lastHost) {
        lastHost = hostHeader;
        lastOrigin = `http://${hostHeader}`;
      }
      const mockRequest = toMockRequest(request, raw, app.basePath, lastOrigin);
      // The core answers its own failures in the contract's shape; an app given by the caller might not.
      void app
        .handle(
          mockRequest ?? {
            method: request.method ?? 'GET',
            path: `/__outside_base_path__${request.url ?? ''}`,
            query: new URLSearchParams(),
            headers: {},
          },
        )
        .then(finish, (error: unknown) =>
          finish(
            errorResponse(
              500,
              `The mock server failed: ${error instanceof Error ? error.message : String(error)}`,
              [{ description: 'The mock server failed.', reason: 'internal_error' }],
            ),
          ),
        );
    });
  });
  // What Node's HTTP parser refuses (a control character in a header, a 20 kB path) never reaches
  // the handler above: answer it here, in the contract's shape, instead of Node's bare status line.
  server.on('clientError', answerClientError);
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
