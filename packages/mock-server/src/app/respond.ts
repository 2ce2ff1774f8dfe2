import type { Clock } from '../core/clock.js';
import type { ContractOperation } from '../core/contract.js';
import { errorResponse, reasonError } from '../core/errors.js';
import type { FastCheck } from '../core/fast-validate.js';
import type { IdempotencyStore } from '../core/idempotency.js';
import { parseParams } from '../core/params.js';
import type { MockRequest, MockResponse } from '../core/types.js';
import { type Viewer, viewerFor } from '../glue/actors.js';
import { handlers } from '../handlers/index.js';
import type { HandlerEntry } from '../handling/reply-entry.js';
import type { Scheduler } from '../jobs/scheduler.js';
import type { Store } from '../store/store.js';
import { bodyPrint, readBody } from './read-body.js';

const table = handlers as unknown as Record<string, HandlerEntry | undefined>;

/** Operations without a bearer token are answered for this anonymous viewer (never used by them). */
const ANONYMOUS = { token: '', user: {}, org: {} } as unknown as Viewer;

/**
 * Where the contract documents no 400 for an operation: an id that cannot be valid names nothing
 * (404), and a header that cannot be valid cannot match (412, e.g. an oversized `If-Match`).
 */
function invalidParamsStatus(operation: ContractOperation, errors: readonly { field?: string }[]): number {
  if (operation.statuses.includes('400')) return 400;
  const headers = new Set(operation.parameters.filter((p) => p.in === 'header').map((p) => p.name));
  const onlyHeaders = errors.every((error) => error.field !== undefined && headers.has(error.field));
  return onlyHeaders && operation.statuses.includes('412') ? 412 : 404;
}

/** What answering an operation reaches: the world, and what the app compiled from the contract. */
export interface ResponderWorld {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  idempotency: IdempotencyStore;
  fastChecks: ReadonlyMap<string, FastCheck>;
  basePath: string;
}

/**
 * The idempotency scope (actor, operation, path), the last one remembered: a run of creates by one
 * actor reuses one string (and its hash) instead of building a new one per request.
 */
function lastScopeMemo(): (user: string, operationId: string, path: string) => string {
  let last = { user: '', operation: '', path: '', text: '' };
  return (user, operationId, path) => {
    if (last.user !== user || last.operation !== operationId || last.path !== path)
      last = { user, operation: operationId, path, text: `${user}:${operationId}:${path}` };
    return last.text;
  };
}

/** `http://host:port/v1`, built once per origin rather than once per request. */
function lastBaseUrlMemo(basePath: string): (origin: string | undefined) => string {
  let lastOrigin: string | undefined;
  let lastBaseUrl = basePath;
  return (origin) => {
    if (origin !== lastOrigin) {
      lastOrigin = origin;
      lastBaseUrl = `${origin ?? ''}${basePath}`;
    }
    return lastBaseUrl;
  };
}

/** Who sends the request: its bearer token's viewer (anonymous for a public operation), or a 401. */
function viewerOf(store: Store, request: MockRequest, operation: ContractOperation): Viewer | MockResponse {
  if (operation.public) return ANONYMOUS;
  const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
  const found = token ? viewerFor(store, token) : undefined;
  if (found) return found;
  return reasonError(
    401,
    'not_signed_in',
    token ? 'The bearer token is unknown.' : 'Send a bearer token: Authorization: Bearer <token>.',
  );
}

/** A handler's reply on the wire: JSON, or raw bytes with their content type (the CSV export). */
function responseOf(reply: ReturnType<HandlerEntry['handle']>): MockResponse {
  return reply.raw
    ? {
        status: reply.status as number,
        headers: { ...reply.headers, 'content-type': reply.raw.contentType },
        body: reply.body,
        raw: reply.raw.data,
      }
    : { status: reply.status as number, headers: reply.headers ?? {}, body: reply.body };
}

/**
 * A routed request's answer: the viewer of its bearer token, its parameters and body checked
 * against the contract, an idempotent replay, or its handler's reply.
 */
export function createResponder({
  store,
  clock,
  scheduler,
  idempotency,
  fastChecks,
  basePath,
}: ResponderWorld) {
  const scopeOf = lastScopeMemo();
  const baseUrlOf = lastBaseUrlMemo(basePath);

  return function respond(
    request: MockRequest,
    operation: ContractOperation,
    pathParams: Record<string, string>,
  ): MockResponse {
    const viewer = viewerOf(store, request, operation);
    if ('status' in viewer) return viewer;
    const entry = table[operation.operationId];
    if (!entry) return errorResponse(500, `${operation.operationId} has no handler.`);

    const params = parseParams(operation.parameters, request.query, pathParams, request.headers);
    if (!params.ok)
      return errorResponse(
        invalidParamsStatus(operation, params.errors),
        'Invalid parameters.',
        params.errors,
      );
    const input = readBody(request, operation, entry, fastChecks);
    if ('status' in input) return input;

    const key = operation.method === 'post' ? request.headers['idempotency-key'] : undefined;
    const scope = key ? scopeOf(viewer.user.id ?? 'anonymous', operation.operationId, request.path) : '';
    const print = key ? bodyPrint(request, input) : undefined;
    if (key && print) {
      const hit = idempotency.lookup(scope, key, print);
      if (hit) return 'replay' in hit ? hit.replay : hit.conflict;
    }
    const response = responseOf(
      entry.handle({
        store,
        clock,
        viewer,
        query: params.params.query,
        path: params.params.path,
        headers: request.headers,
        body: input.body,
        rawBody: input.raw,
        baseUrl: baseUrlOf(request.origin),
        scheduler,
      }),
    );
    if (key && print) idempotency.remember(scope, key, print, response);
    return response;
  };
}
