import type { Clock } from '../core/clock.js';
import type { ContractOperation } from '../core/contract.js';
import { errorResponse, newTrackingId, reasonError } from '../core/errors.js';
import type { Faults } from '../core/faults.js';
import type { Router } from '../core/router.js';
import type { MockRequest, MockResponse } from '../core/types.js';

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

/** A bug in the mock must still answer in the contract's shape. */
const failed = (error: unknown): MockResponse =>
  errorResponse(500, `The mock server failed: ${error instanceof Error ? error.message : String(error)}`);

/** What a request passes through before its operation answers. */
export interface DispatchWorld {
  clock: Clock;
  faults: Faults;
  router: Router;
  byId: ReadonlyMap<string, ContractOperation>;
  /** The control API (`/_mock/...`). */
  control(request: MockRequest): MockResponse;
  respond(request: MockRequest, operation: ContractOperation, params: Record<string, string>): MockResponse;
  /** Tells the app's listeners that something changed. */
  changed(): void;
}

/**
 * A request's way through the app: due clock work, the control API or the router, then the fault
 * rules, then the operation's answer; every answer tracked, and a bug in the mock answered in the
 * contract's shape.
 */
export function createDispatcher({ clock, faults, router, byId, control, respond, changed }: DispatchWorld) {
  /** The answer, at once unless a fault rule adds latency (no promise per request otherwise). */
  function handle(request: MockRequest): MockResponse | Promise<MockResponse> {
    if (clock.runDue() > 0) changed();
    if (request.path === '/_mock' || request.path.startsWith('/_mock/')) {
      const answer = control(request);
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

  return (request: MockRequest): Promise<MockResponse> => {
    try {
      const answer = handle(request);
      return answer instanceof Promise
        ? answer.catch(failed).then(tracked)
        : Promise.resolve(tracked(answer));
    } catch (error) {
      return Promise.resolve(failed(error));
    }
  };
}
