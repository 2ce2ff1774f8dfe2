import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SetupContext, type SetupState, setupReducer } from '../../src/index.js';
import { INITIAL_SETUP_STATE } from '../../src/wizard/setup-state.js';
import { commandOf, setupContextArb, type WalkStep, walkArb } from '../arbitraries.js';

/** Every state the walk goes through, with the command that led there. */
function* walk(context: SetupContext, steps: readonly WalkStep[]) {
  let state: SetupState = INITIAL_SETUP_STATE;
  for (const step of steps) {
    const command = commandOf(step, state);
    const result = setupReducer(state, command, context);
    if ('error' in result) continue;
    state = result.state;
    yield { command, state };
  }
}

describe('setup wizard invariants', () => {
  it('a confirmed country never changes, whatever command sequence follows', () => {
    fc.assert(
      fc.property(setupContextArb, walkArb, (context, steps) => {
        let confirmed: string | null = null;
        for (const { state } of walk(context, steps)) {
          if (confirmed !== null) {
            expect(state.answers.country).toBe(confirmed);
            expect(state.answers.countryConfirmed).toBe(true);
          } else if (state.answers.countryConfirmed) {
            confirmed = state.answers.country;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('after confirmation, saving any country is refused with country_locked', () => {
    fc.assert(
      fc.property(setupContextArb, walkArb, fc.string(), (context, steps, country) => {
        for (const { state } of walk(context, steps)) {
          if (!state.answers.countryConfirmed) continue;
          expect(setupReducer(state, { type: 'saveCountry', country }, context)).toMatchObject({
            error: { code: 'country_locked' },
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a submitted setup has every answer, and telephony its platform and region offer', () => {
    fc.assert(
      fc.property(setupContextArb, walkArb, (context, steps) => {
        for (const { command, state } of walk(context, steps)) {
          if (command.type !== 'submit') continue;
          const { answers } = state;
          expect(state.status).toBe('provisioning');
          expect(answers.countryConfirmed).toBe(true);
          expect(answers.platform).not.toBeNull();
          expect(answers.telephony).not.toBeNull();
          expect(answers.timeZone === null).toBe(context.ccai);
          if (answers.platform === 'new_platform') expect(answers.telephony).not.toBe('third_party_via_vpop');
          if (context.ciscoPstnAddOn && !context.isTrial && answers.country === 'US') {
            expect(answers.telephony).toBe('webex_calling');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
