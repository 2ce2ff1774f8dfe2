// The framework-free core and the MSW handlers; `./node` and `./browser` add the adapters.
export { createMockApp, type MockApp, type MockAppOptions, type MockState } from './app/app.js';
export { type Clock, createClock, createManualClock } from './core/clock.js';
export type { FaultRule, Faults } from './core/faults.js';
export type { MockRequest, MockResponse } from './core/types.js';
export { createMockFetch, type FetchAdapterOptions } from './fetch/fetch-adapter.js';
export { RPL_MARKERS } from './jobs/wholesale/rpl-list.js';
export { type CreateHandlersOptions, createHandlers } from './msw/handlers.js';
export { SCENARIOS, type ScenarioName } from './store/scenarios.js';
export { SEEDED_ACTORS, SEEDED_ORGS, type SeededActor, type SeededOrg } from './store/seed-actors.js';
export { SEEDED_TOKENS, type SeededToken, WORLD } from './store/seed-world.js';
