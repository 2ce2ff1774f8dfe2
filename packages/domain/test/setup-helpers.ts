// Drive the setup wizard through a list of commands, failing loudly on the first refusal.
import {
  type SetupCommand,
  type SetupContext,
  type SetupError,
  type SetupState,
  setupReducer,
} from '../src/index.js';
import { INITIAL_SETUP_STATE } from '../src/wizard/setup-state.js';

export const SUBSCRIPTION: SetupContext = {
  isTrial: false,
  ccai: false,
  ciscoPstnAddOn: false,
  mappedCountry: 'DE',
  webexCalling: true,
};

export function run(
  commands: readonly SetupCommand[],
  context: SetupContext = SUBSCRIPTION,
  from = INITIAL_SETUP_STATE,
): SetupState {
  let state = from;
  for (const command of commands) {
    const result = setupReducer(state, command, context);
    if ('error' in result)
      throw new Error(`${command.type} refused: ${result.error.code} (${result.error.message})`);
    state = result.state;
  }
  return state;
}

export function refusal(
  state: SetupState,
  command: SetupCommand,
  context: SetupContext = SUBSCRIPTION,
): SetupError {
  const result = setupReducer(state, command, context);
  if (!('error' in result)) throw new Error(`${command.type} was accepted; a refusal was expected`);
  return result.error;
}

/** The commands that reach the country step. */
export const TO_COUNTRY: readonly SetupCommand[] = [{ type: 'start' }, { type: 'next' }];

/** Country saved and confirmed, then on to the step after it. */
export function countryDone(country: string): SetupCommand[] {
  return [...TO_COUNTRY, { type: 'saveCountry', country }, { type: 'confirmCountry' }, { type: 'next' }];
}
