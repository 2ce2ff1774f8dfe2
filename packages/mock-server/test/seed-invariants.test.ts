import { describe, expect, it } from 'vitest';
import { createMockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { storeInvariantViolations } from './load-invariants.js';

// The seeded worlds start where the load test must end: every invariant of the domain holding.
describe('the seeded scenarios hold the domain invariants', () => {
  it.each(['default', 'empty'] as const)('%s', (scenario) => {
    const app = createMockApp({ scenario, clock: createManualClock() });
    expect(storeInvariantViolations(app.exportState())).toEqual([]);
  });
});
