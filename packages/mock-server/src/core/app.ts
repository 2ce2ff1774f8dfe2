import { requestBodySchemas } from '@onramp/contract/schemas';
import type { HandlerEntry } from '../handlers/reply-entry.js';
import { wholesaleHandlers } from '../handlers/wholesale/index.js';
import { createLifecycle } from '../handlers/wholesale/lifecycle.js';
import { wholesaleDecision } from '../rules/permissions.js';
import { isScenarioName, SCENARIOS, type ScenarioName } from '../store/scenarios.js';
import { Store } from '../store/store.js';
import { readJsonBody, validateBody } from './body.js';
import { type Clock, createClock } from './clock.js';
import { type ContractOperation, contractOperations } from './contract.js';
import { errorResponse, reasonError } from './errors.js';
import { createFaults, type Faults } from './faults.js';
import { createIdempotencyStore, fingerprint } from './idempotency.js';
import { parseParams } from './params.js';
import { compileRouter } from './router.js';
import type { MockRequest, MockResponse } from './types.js';

export interface MockAppOptions {
  scenario?: ScenarioName;
  /** Virtual ms per real ms (default 60); ignored when `clock` is given. */
  speed?: number;
  clock?: Clock;
  faultSeed?: number;
  /** The path prefix the adapters strip (the contract's servers end with `/v1`). */
  basePath?: string;
}

export interface MockApp {
  handle(request: MockRequest): Promise<MockResponse>;
  readonly store: Store;
  readonly clock: Clock;
  readonly faults: Faults;
  readonly basePath: string;
  /** Back to the scenario's seed; scheduled transitions and idempotency keys are forgotten. */
  reset(): void;
}

const handlers = wholesaleHandlers as unknown as Record<string, HandlerEntry | undefined>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The framework-free core (decisions/0004): plain request in, plain response out. */
export function createMockApp(options: MockAppOptions = {}): MockApp {
  const scenario = options.scenario ?? 'default';
  if (!isScenarioName(scenario))
    throw new Error(`Unknown scenario "${scenario}". Known: ${Object.keys(SCENARIOS).join(', ')}`);
  const basePath = options.basePath ?? '/v1';
  const clock = options.clock ?? createClock({ speed: options.speed ?? 60 });
  const store = new Store(SCENARIOS[scenario]);
  const faults = createFaults(options.faultSeed);
  const idempotency = createIdempotencyStore();
  const lifecycle = createLifecycle(store, clock);
  const operations = contractOperations();
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const router = compileRouter(operations);

  async function handle(request: MockRequest): Promise<MockResponse> {
    clock.runDue();
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
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.drop) return { status: 0, headers: {}, body: undefined, drop: true };
    if (fault.response) return fault.response;
    return answer(request, operation, match.params);
  }

  function answer(
    request: MockRequest,
    operation: ContractOperation,
    pathParams: Record<string, string>,
  ): MockResponse {
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    const actor = token ? store.actors.get(token) : undefined;
    if (!actor)
      return reasonError(
        401,
        'not_signed_in',
        token ? 'The bearer token is unknown.' : 'Send a bearer token: Authorization: Bearer <token>.',
      );

    const entry = handlers[operation.operationId];
    if (!entry)
      return errorResponse(
        501,
        `${operation.operationId} is in the contract but not implemented by the mock yet.`,
      );
    const decision = wholesaleDecision(actor, entry.change);
    if (!decision.allowed) return reasonError(403, decision.reason, decision.message);

    const params = parseParams(operation.parameters, request.query, pathParams);
    if (!params.ok) return errorResponse(400, 'Invalid parameters.', params.errors);

    let body: unknown;
    if (operation.hasJsonBody) {
      const read = readJsonBody(request.headers['content-type'], request.body, request.rawBody);
      if (!read.ok)
        return errorResponse(read.status, read.errors[0]?.description ?? 'Invalid body.', read.errors);
      const schema = (requestBodySchemas as Record<string, Parameters<typeof validateBody>[0] | undefined>)[
        operation.operationId
      ];
      const valid = schema ? validateBody(schema, read.value) : { ok: true as const, value: read.value };
      if (!valid.ok) return errorResponse(400, 'The request body does not match the contract.', valid.errors);
      body = valid.value;
    }

    const key = request.method.toUpperCase() === 'POST' ? request.headers['idempotency-key'] : undefined;
    const scope = `${actor.orgId}:${operation.operationId}`;
    const print = key ? fingerprint(body) : '';
    if (key) {
      const hit = idempotency.lookup(scope, key, print);
      if (hit) return 'replay' in hit ? hit.replay : hit.conflict;
    }
    const origin = request.origin ?? '';
    const reply = entry.handle({
      store,
      clock,
      actor,
      query: params.params.query,
      path: params.params.path,
      body,
      baseUrl: `${origin}${basePath}`,
      lifecycle,
    });
    const response: MockResponse = {
      status: reply.status as number,
      headers: { ...reply.headers },
      body: reply.body,
    };
    if (key) idempotency.remember(scope, key, print, response);
    return response;
  }

  return {
    handle: async (request) => {
      try {
        return await handle(request);
      } catch (error) {
        // A bug in the mock must still answer in the contract's shape.
        return errorResponse(
          500,
          `The mock server failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    store,
    clock,
    faults,
    basePath,
    reset() {
      lifecycle.cancelAll();
      idempotency.clear();
      faults.clear();
      store.reset();
    },
  };
}
