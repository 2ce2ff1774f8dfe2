import { isOneOf, RPL_REVIEW_OUTCOMES } from '@onramp/domain';
import type { Clock } from '../core/clock.js';
import { reasonError } from '../core/errors.js';
import type { FaultRule, Faults } from '../core/faults.js';
import type { MockRequest, MockResponse } from '../core/types.js';
import type { Scheduler } from '../jobs/scheduler.js';
import { isScenarioName, SCENARIOS } from '../store/scenarios.js';
import type { Store } from '../store/store.js';

/** What the control API reaches inside the app. */
export interface ControlTarget {
  store: Store;
  clock: Clock;
  faults: Faults;
  scheduler: Scheduler;
  readonly scenario: string;
  /** An operationId or a path pattern of the contract: what a fault rule can name. */
  isRoute(route: string): boolean;
  reset(): void;
  switchScenario(name: string): void;
}

const json = (status: number, body: unknown): MockResponse => ({ status, headers: {}, body });
const done = (): MockResponse => ({ status: 204, headers: {}, body: undefined });
const hasOwn = (record: object, key: string) => Object.hasOwn(record, key);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readBody(request: MockRequest): { value: unknown } | { error: MockResponse } {
  if (request.body !== undefined) return { value: request.body };
  if (!request.rawBody?.trim()) return { value: {} };
  try {
    return { value: JSON.parse(request.rawBody) };
  } catch {
    return { error: reasonError(400, 'invalid_json', 'The body is not valid JSON.') };
  }
}

const FAULT_KEYS = [
  'latencyMs',
  'errorRate',
  'errorStatus',
  'forceStatus',
  'retryAfterSeconds',
  'drop',
  'loseAnswer',
  'times',
];

/** A fault rule from JSON (the control API and the CLI's `--fault`), or what is wrong with it. */
export function parseFaultRule(value: unknown): FaultRule | string {
  if (!isObject(value)) return 'The fault rule must be an object.';
  const unknown = Object.keys(value).filter((key) => !FAULT_KEYS.includes(key));
  if (unknown.length > 0) return `Unknown fault field(s): ${unknown.join(', ')}.`;
  const { latencyMs, errorRate, errorStatus, forceStatus, retryAfterSeconds, drop, loseAnswer, times } =
    value;
  if (latencyMs !== undefined && !(typeof latencyMs === 'number' && latencyMs >= 0 && latencyMs <= 60_000))
    return 'latencyMs must be a number of milliseconds, 0 to 60000.';
  if (errorRate !== undefined && !(typeof errorRate === 'number' && errorRate >= 0 && errorRate <= 1))
    return 'errorRate must be a number from 0 to 1.';
  if (errorStatus !== undefined && errorStatus !== 500 && errorStatus !== 503)
    return 'errorStatus must be 500 or 503.';
  if (forceStatus !== undefined && forceStatus !== 429 && forceStatus !== 503)
    return 'forceStatus must be 429 or 503.';
  if (retryAfterSeconds !== undefined && !(typeof retryAfterSeconds === 'number' && retryAfterSeconds >= 0))
    return 'retryAfterSeconds must be a non-negative number.';
  if (drop !== undefined && typeof drop !== 'boolean') return 'drop must be true or false.';
  if (loseAnswer !== undefined && typeof loseAnswer !== 'boolean') return 'loseAnswer must be true or false.';
  if (times !== undefined && !(typeof times === 'number' && Number.isInteger(times) && times >= 1))
    return 'times must be a whole number of requests, 1 or more.';
  return value as FaultRule;
}

/** What a control operation reads: the app, the request, its parsed body and its path's segments. */
interface ControlCall {
  app: ControlTarget;
  request: MockRequest;
  input: unknown;
  /** The path's segments below `/_mock/` (`rpl`, `<customerId>`). */
  parts: string[];
}

type ControlOperation = (call: ControlCall) => MockResponse;

const isoOf = (ms: number) => new Date(ms).toISOString();

function listOutbox({ app, request }: ControlCall): MockResponse {
  const to = request.query.get('to')?.toLowerCase();
  const items = app.store.outbox.filter((mail) => !to || mail.to.toLowerCase() === to);
  return json(200, { items: items.map((mail) => ({ ...mail, sentAt: isoOf(mail.sentAt) })) });
}

function advanceClock({ app, input }: ControlCall): MockResponse {
  const ms = isObject(input) ? input.ms : undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
    return reasonError(400, 'invalid_type', 'Send {"ms": <non-negative number of milliseconds>}.', 'ms');
  app.clock.advance(ms);
  return json(200, { now: isoOf(app.clock.now()), epochMs: app.clock.now() });
}

function switchScenario({ app, input }: ControlCall): MockResponse {
  const name = isObject(input) ? input.name : undefined;
  if (typeof name !== 'string' || !isScenarioName(name))
    return reasonError(
      400,
      'invalid_enum',
      `name must be one of ${Object.keys(SCENARIOS).join(', ')}.`,
      'name',
    );
  app.switchScenario(name);
  return json(200, { scenario: name });
}

/** The bearer tokens of the running store, with whom each signs in. */
function listTokens({ app }: ControlCall): MockResponse {
  return json(200, {
    items: [...app.store.tokens].map(([token, userId]) => {
      const user = app.store.directory.users.get(userId);
      const org = user && app.store.directory.orgs.get(user.orgId);
      return { token, userId, email: user?.email, orgId: org?.id, orgName: org?.name, roles: user?.roles };
    }),
  });
}

function setFault({ app, input }: ControlCall): MockResponse {
  const route = isObject(input) && typeof input.route === 'string' ? input.route : undefined;
  if (route !== undefined && !app.isRoute(route))
    return reasonError(
      400,
      'invalid_enum',
      `No operation is named or found at "${route}": use an operationId (listUsers) or a path pattern (/wholesale/customers/{customerId}).`,
      'route',
    );
  const rule = parseFaultRule(isObject(input) ? input.rule : undefined);
  if (typeof rule === 'string')
    return reasonError(
      400,
      'invalid',
      `${rule} Send {"route"?: operationId or path, "rule": {...}}.`,
      'rule',
    );
  if (route) app.faults.setRoute(route, rule);
  else app.faults.setGlobal(rule);
  return json(200, { route: route ?? null, rule });
}

function clearFaults({ app, request }: ControlCall): MockResponse {
  const route = request.query.get('route');
  if (route) app.faults.setRoute(route, undefined);
  else app.faults.clear();
  return done();
}

/** A reviewer's decision on a listed wholesale customer (`POST /_mock/rpl/<customerId>`). */
function decideRpl({ app, input, parts }: ControlCall): MockResponse {
  const customer = app.store.customers.get(decodeURIComponent(parts[1] ?? ''));
  if (!customer)
    return reasonError(404, 'not_found', `No wholesale customer has the id ${parts[1]}.`, 'customerId');
  const decision = isObject(input) ? input.decision : undefined;
  if (!isOneOf(RPL_REVIEW_OUTCOMES, decision))
    return reasonError(400, 'invalid_enum', 'Send {"decision": "approved" | "denied"}.', 'decision');
  const result = app.scheduler.wholesale.decide(customer, decision);
  if ('error' in result) return reasonError(409, result.error.code, result.error.message, 'status');
  return json(200, {
    id: result.customer.id,
    status: result.customer.status,
    rplReview: result.customer.rplReview,
  });
}

/** The control operations by `METHOD /segment[/segment]` (`POST /rpl` for `/_mock/rpl/<id>`). */
const CONTROL_OPERATIONS: Record<string, ControlOperation> = {
  'GET /outbox': listOutbox,
  'DELETE /outbox': ({ app }) => {
    app.store.outbox = [];
    return done();
  },
  'GET /clock': ({ app }) =>
    json(200, { now: isoOf(app.clock.now()), epochMs: app.clock.now(), pending: app.clock.pending }),
  'POST /clock/advance': advanceClock,
  'POST /reset': ({ app }) => {
    app.reset();
    return json(200, { scenario: app.scenario });
  },
  'POST /scenario': switchScenario,
  'GET /tokens': listTokens,
  'PUT /faults': setFault,
  'DELETE /faults': clearFaults,
  'POST /rpl': decideRpl,
};

/**
 * The mock control API under `/_mock/` (not in the contract; see the README): the outbox, the
 * virtual clock, reset and scenarios, faults, and manual RPL decisions. Same core for HTTP and MSW.
 */
export function handleControl(app: ControlTarget, request: MockRequest): MockResponse {
  const method = request.method.toUpperCase();
  const parts = request.path.split('/').filter(Boolean).slice(1);
  const route = `${method} /${parts[0] ?? ''}${parts[1] && parts[0] !== 'rpl' ? `/${parts[1]}` : ''}`;
  const body = readBody(request);
  if ('error' in body) return body.error;
  const operation = hasOwn(CONTROL_OPERATIONS, route) ? CONTROL_OPERATIONS[route] : undefined;
  if (!operation)
    return reasonError(
      404,
      'not_found',
      `No mock control operation at ${method} ${request.path}. See the README.`,
    );
  return operation({ app, request, input: body.value, parts });
}
