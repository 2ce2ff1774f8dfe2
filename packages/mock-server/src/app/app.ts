import { type Clock, createClock } from '../core/clock.js';
import { contractOperations } from '../core/contract.js';
import { createFaults, type Faults } from '../core/faults.js';
import { createIdempotencyStore } from '../core/idempotency.js';
import { compileRouter } from '../core/router.js';
import type { MockRequest, MockResponse } from '../core/types.js';
import { createScheduler, type Scheduler } from '../jobs/scheduler.js';
import { isScenarioName, SCENARIOS, type ScenarioName } from '../store/scenarios.js';
import { Store } from '../store/store.js';
import type { SeedData } from '../store/types.js';
import { handleControl } from './control.js';
import { createDispatcher } from './dispatch.js';
import { fastChecksOf } from './read-body.js';
import { createResponder } from './respond.js';

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

  const respond = createResponder({ store, clock, scheduler, idempotency, fastChecks, basePath });
  const handle = createDispatcher({
    clock,
    faults,
    router,
    byId,
    control: (request) => handleControl(app, request),
    respond,
    changed,
  });

  /** The scenario's world again, at the clock's start: reset also turns the clock back (decisions/0024). */
  function reset(): void {
    scheduler.cancelAll();
    clock.reset();
    idempotency.clear();
    faults.clear();
    store.reset(SCENARIOS[scenario]);
    scheduler.resume();
  }

  const app: MockApp = {
    handle,
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
