// The framework-free core and the MSW handlers; `./node` and `./browser` add the adapters.
export { createMockApp, type MockApp, type MockAppOptions } from './core/app.js';
export { type Clock, createClock, createManualClock } from './core/clock.js';
export type { FaultRule, Faults } from './core/faults.js';
export type { MockRequest, MockResponse } from './core/types.js';
export { type CreateHandlersOptions, createHandlers } from './msw/handlers.js';
export { RPL_MARKERS, RPL_REVIEW_TIMEOUT_MS } from './rules/rpl.js';
export { SCENARIOS, type ScenarioName } from './store/scenarios.js';
