import { requestBodySchemas } from '@onramp/contract/schemas';
import { isJsonContentType, readJsonBody, validateBody } from '../core/body.js';
import { type Clock, createClock } from '../core/clock.js';
import { type ContractOperation, contractDocument, contractOperations } from '../core/contract.js';
import { errorResponse, newTrackingId, reasonError } from '../core/errors.js';
import { compileFastCheck, type FastCheck } from '../core/fast-validate.js';
import { createFaults, type Faults } from '../core/faults.js';
import { createIdempotencyStore, type RequestBodyPrint } from '../core/idempotency.js';
import { parseParams } from '../core/params.js';
import { compileRouter } from '../core/router.js';
import type { MockRequest, MockResponse } from '../core/types.js';
import type { Viewer } from '../glue/actors.js';
import { viewerFor } from '../glue/actors.js';
import { handlers } from '../handlers/index.js';
import type { HandlerEntry } from '../handling/reply-entry.js';
import { createScheduler, type Scheduler } from '../jobs/scheduler.js';
import { isScenarioName, SCENARIOS, type ScenarioName } from '../store/scenarios.js';
import { Store } from '../store/store.js';
import type { SeedData } from '../store/types.js';
import { handleControl } from './control.js';

export interface MockAppOptions {
  scenario?: ScenarioName;
  /** Virtual ms per real ms (default 60); ignored when `clock` is given. */
  speed?: number;
  clock?: Clock;
  faultSeed?: number;
  /** The path prefix the adapters strip (the contract's servers end with `/v1`). */
  basePath?: string;
}

/** What `--state FILE` holds: the scenario, the virtual time and every record. */
export interface MockState {
  version: 1;
  scenario: ScenarioName;
  now: number;
  data: SeedData;
}

export interface MockApp {
  /** A contract operation (path below `basePath`), or the control API (`/_mock/...`). */
  handle(request: MockRequest): Promise<MockResponse>;
  readonly store: Store;
  readonly clock: Clock;
  readonly faults: Faults;
  readonly scheduler: Scheduler;
  readonly basePath: string;
  readonly scenario: ScenarioName;
  /** An operationId or a path pattern of the contract (what a fault rule can name). */
  isRoute(route: string): boolean;
  /** Back to the scenario's seed; scheduled work and idempotency keys are forgotten. */
  reset(): void;
  switchScenario(name: ScenarioName): void;
  exportState(): MockState;
  importState(state: MockState): void;
  /** Called after every change (a successful non-GET request, a clock step, a control call). */
  onChange(listener: () => void): void;
}

const table = handlers as unknown as Record<string, HandlerEntry | undefined>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The adapters destroy the connection instead of answering (node:http) or fail the fetch (MSW). */
const DROPPED: MockResponse = Object.freeze({ status: 0, headers: {}, body: undefined, drop: true });

/**
 * Every answer carries a `trackingid` header, as the real service's do: an error's is its body's
 * `trackingId` (one id to quote to support), a success gets a new one.
 */
function tracked(answer: MockResponse): MockResponse {
  if (answer.drop || answer.headers.trackingid !== undefined) return answer;
  const fromBody = (answer.body as { trackingId?: unknown } | undefined)?.trackingId;
  const trackingid = answer.status >= 400 && typeof fromBody === 'string' ? fromBody : newTrackingId();
  return { ...answer, headers: { ...answer.headers, trackingid } };
}

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

/**
 * The body as the idempotency store compares it: a JSON body the core parsed, as that value (see
 * RequestBodyPrint); one an adapter handed over parsed, as its text (the caller may change it); a
 * raw body (CSV) as its text.
 */
function bodyPrint(
  request: MockRequest,
  input: { body: unknown; raw: string | undefined; parsed?: unknown },
): RequestBodyPrint {
  if (input.raw !== undefined) return { text: input.raw, json: false };
  if (request.body === undefined && input.parsed !== undefined) return { value: input.parsed, json: true };
  if (request.rawBody !== undefined) return { text: request.rawBody, json: true };
  return { text: JSON.stringify(request.body ?? input.body ?? null), json: true };
}

/** The compiled "surely valid" check of each operation's JSON body (see fast-validate.ts). */
function fastChecksOf(operations: readonly ContractOperation[]): Map<string, FastCheck> {
  const checks = new Map<string, FastCheck>();
  for (const operation of operations)
    if (operation.jsonBodySchema !== undefined)
      checks.set(operation.operationId, compileFastCheck(contractDocument, operation.jsonBodySchema));
  return checks;
}

/** The framework-free core (decisions/0004): plain request in, plain response out. */
export function createMockApp(options: MockAppOptions = {}): MockApp {
  let scenario: ScenarioName = options.scenario ?? 'default';
  if (!isScenarioName(scenario))
    throw new Error(`Unknown scenario "${scenario}". Known: ${Object.keys(SCENARIOS).join(', ')}`);
  const basePath = options.basePath ?? '/v1';
  const clock = options.clock ?? createClock({ speed: options.speed ?? 60 });
  const store = new Store(SCENARIOS[scenario], () => clock.now());
  const faults = createFaults(options.faultSeed);
  const idempotency = createIdempotencyStore();
  const scheduler = createScheduler(store, clock);
  const operations = contractOperations();
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const fastChecks = fastChecksOf(operations);
  const router = compileRouter(operations);
  const routes = new Set(operations.flatMap((op) => [op.operationId, op.pattern]));
  const listeners: (() => void)[] = [];
  const changed = () => {
    for (const listener of listeners) listener();
  };
  scheduler.resume();

  /** The answer, at once unless a fault rule adds latency (no promise per request otherwise). */
  function handle(request: MockRequest): MockResponse | Promise<MockResponse> {
    if (clock.runDue() > 0) changed();
    if (request.path === '/_mock' || request.path.startsWith('/_mock/')) {
      const answer = handleControl(app, request);
      if (request.method.toUpperCase() !== 'GET' && answer.status < 400) changed();
      return answer;
    }
    const match = router.match(request.method, request.path);
    if (match.kind === 'not_found')
      return reasonError(404, 'not_found', `No operation at ${request.method} ${request.path}.`);
    if (match.kind === 'method_not_allowed') {
      const response = reasonError(
        405,
        'method_not_allowed',
        `${request.method} is not allowed on ${request.path}; use ${match.allow.join(', ')}.`,
      );
      return { ...response, headers: { ...response.headers, allow: match.allow.join(', ') } };
    }
    const operation = byId.get(match.operation.operationId) as ContractOperation;
    const fault = faults.decide(operation.operationId, operation.pattern);
    if (fault.latencyMs > 0)
      return sleep(fault.latencyMs).then(() => afterFault(request, operation, match.params, fault));
    return afterFault(request, operation, match.params, fault);
  }

  function afterFault(
    request: MockRequest,
    operation: ContractOperation,
    params: Record<string, string>,
    fault: ReturnType<typeof faults.decide>,
  ): MockResponse {
    if (fault.drop) return DROPPED;
    if (fault.response) return fault.response;
    const answer = respond(request, operation, params);
    if (operation.method !== 'get' && answer.status < 400) changed();
    // A lost answer: the change is made (and its idempotency key recorded), the client hears nothing.
    // The status stays, for the request log; `drop` tells the adapter not to send it.
    return fault.loseAnswer ? { status: answer.status, headers: {}, body: undefined, drop: true } : answer;
  }

  /** The request body: JSON validated with the contract's zod schema, or raw text (CSV). */
  function readBody(request: MockRequest, operation: ContractOperation, entry: HandlerEntry) {
    if (operation.hasJsonBody) {
      const read = readJsonBody(request.headers['content-type'], request.body, request.rawBody);
      if (!read.ok)
        return errorResponse(read.status, read.errors[0]?.description ?? 'Invalid body.', read.errors);
      const schema = (requestBodySchemas as Record<string, Parameters<typeof validateBody>[0] | undefined>)[
        operation.operationId
      ];
      // A body the core parsed itself and the compiled check is sure of skips zod's copy (see
      // fast-validate.ts); a parsed body handed over by an adapter is the caller's, so zod copies it.
      const sure = request.body === undefined && fastChecks.get(operation.operationId)?.(read.value) === true;
      const valid =
        schema && !sure ? validateBody(schema, read.value) : { ok: true as const, value: read.value };
      if (!valid.ok) {
        // The operation's business rules add the fields the schema did not name (every field at fault).
        const named = new Set(valid.errors.map((error) => error.field));
        const more = entry.rulesOnInvalidBody?.(read.value).filter((error) => !named.has(error.field)) ?? [];
        return errorResponse(400, 'The request body does not match the contract.', [
          ...valid.errors,
          ...more,
        ]);
      }
      return { body: valid.value, raw: undefined, parsed: read.value };
    }
    if (operation.bodyMediaTypes.length === 0) return { body: undefined, raw: undefined };
    const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!operation.bodyMediaTypes.includes(type) || isJsonContentType(type)) {
      const description = `Send the body as ${operation.bodyMediaTypes.join(' or ')} (got ${type ? `"${type}"` : 'no Content-Type'}).`;
      return errorResponse(415, description, [{ reason: 'unsupported_media_type', description }]);
    }
    const raw = request.rawBody ?? (typeof request.body === 'string' ? request.body : undefined);
    if (!raw?.trim()) return reasonError(400, 'required', 'A request body is required.', 'body');
    return { body: undefined, raw };
  }

  function respond(
    request: MockRequest,
    operation: ContractOperation,
    pathParams: Record<string, string>,
  ): MockResponse {
    let viewer = ANONYMOUS;
    if (!operation.public) {
      const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
      const found = token ? viewerFor(store, token) : undefined;
      if (!found)
        return reasonError(
          401,
          'not_signed_in',
          token ? 'The bearer token is unknown.' : 'Send a bearer token: Authorization: Bearer <token>.',
        );
      viewer = found;
    }
    const entry = table[operation.operationId];
    if (!entry) return errorResponse(500, `${operation.operationId} has no handler.`);

    const params = parseParams(operation.parameters, request.query, pathParams, request.headers);
    if (!params.ok)
      return errorResponse(
        invalidParamsStatus(operation, params.errors),
        'Invalid parameters.',
        params.errors,
      );
    const input = readBody(request, operation, entry);
    if ('status' in input) return input;

    const key = operation.method === 'post' ? request.headers['idempotency-key'] : undefined;
    const scope = key ? scopeOf(viewer.user.id ?? 'anonymous', operation.operationId, request.path) : '';
    const print = key ? bodyPrint(request, input) : undefined;
    if (key && print) {
      const hit = idempotency.lookup(scope, key, print);
      if (hit) return 'replay' in hit ? hit.replay : hit.conflict;
    }
    const reply = entry.handle({
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
    });
    const response: MockResponse = reply.raw
      ? {
          status: reply.status as number,
          headers: { ...reply.headers, 'content-type': reply.raw.contentType },
          body: reply.body,
          raw: reply.raw.data,
        }
      : { status: reply.status as number, headers: reply.headers ?? {}, body: reply.body };
    if (key && print) idempotency.remember(scope, key, print, response);
    return response;
  }

  /**
   * The idempotency scope (actor, operation, path), the last one remembered: a run of creates by one
   * actor reuses one string (and its hash) instead of building a new one per request.
   */
  let lastScope = { user: '', operation: '', path: '', text: '' };
  function scopeOf(user: string, operationId: string, path: string): string {
    const last = lastScope;
    if (last.user !== user || last.operation !== operationId || last.path !== path)
      lastScope = { user, operation: operationId, path, text: `${user}:${operationId}:${path}` };
    return lastScope.text;
  }

  /** `http://host:port/v1`, built once per origin rather than once per request. */
  let lastOrigin: string | undefined;
  let lastBaseUrl = basePath;
  function baseUrlOf(origin: string | undefined): string {
    if (origin !== lastOrigin) {
      lastOrigin = origin;
      lastBaseUrl = `${origin ?? ''}${basePath}`;
    }
    return lastBaseUrl;
  }

  /** The scenario's world again, at the clock's start: reset also turns the clock back (decisions/0024). */
  function reset(): void {
    scheduler.cancelAll();
    clock.reset();
    idempotency.clear();
    faults.clear();
    store.reset(SCENARIOS[scenario]);
    scheduler.resume();
  }

  /** A bug in the mock must still answer in the contract's shape. */
  const failed = (error: unknown): MockResponse =>
    errorResponse(500, `The mock server failed: ${error instanceof Error ? error.message : String(error)}`);

  const app: MockApp = {
    handle: (request) => {
      try {
        const answer = handle(request);
        return answer instanceof Promise
          ? answer.catch(failed).then(tracked)
          : Promise.resolve(tracked(answer));
      } catch (error) {
        return Promise.resolve(failed(error));
      }
    },
    store,
    clock,
    faults,
    scheduler,
    basePath,
    get scenario() {
      return scenario;
    },
    isRoute: (route) => routes.has(route),
    reset,
    switchScenario(name) {
      scenario = name;
      reset();
    },
    exportState: () => ({ version: 1, scenario, now: clock.now(), data: store.export() }),
    importState(state) {
      if (isScenarioName(state.scenario)) scenario = state.scenario;
      scheduler.cancelAll();
      clock.cancelAll();
      idempotency.clear();
      store.load(state.data);
      scheduler.resume();
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
  return app;
}
