import type { SetupStep } from '../vocabulary.js';
import {
  confirmCountry,
  missingAnswer,
  saveCountry,
  setPlatform,
  setTelephony,
  setTimeZone,
} from './setup-answers.js';
import {
  type SetupCommand,
  type SetupContext,
  type SetupError,
  type SetupResult,
  type SetupState,
  setupError,
} from './setup-state.js';
import { editableStepsFor, stepAfter, stepBefore, stepIndex } from './setup-steps.js';

const COUNTRY_LOCKED = 'The country of operation is confirmed and can never be changed.';

/**
 * The services setup wizard (DOMAIN §1.2) as a pure reducer: the server keeps the state, every
 * request is a command, a refusal is an error with a code (and the answer at fault).
 */
export function setupReducer(state: SetupState, command: SetupCommand, context: SetupContext): SetupResult {
  switch (command.type) {
    case 'start':
      if (state.step !== 'summary' || !(state.status === 'not_started' || isEditable(state))) {
        return outOfOrder('start');
      }
      return {
        state: { ...state, status: state.status === 'failed' ? 'failed' : 'in_progress', step: 'calling' },
      };
    case 'next':
      // On the summary, "Set up" is the way forward: next does the same.
      return state.status === 'not_started'
        ? setupReducer(state, { type: 'start' }, context)
        : next(state, context);
    case 'back':
      return back(state, context);
    case 'goTo':
      return goTo(state, command.step, context);
    case 'saveCountry':
      // Checked first, whatever the step: after confirmation the country never changes.
      if (state.answers.countryConfirmed) return setupError('country_locked', COUNTRY_LOCKED, 'country');
      return editing(state, 'country') ?? saveCountry(state, command.country, context);
    case 'confirmCountry':
      if (state.answers.countryConfirmed) return setupError('country_locked', COUNTRY_LOCKED, 'country');
      return editing(state, 'country') ?? confirmCountry(state);
    case 'setTimeZone':
      if (context.ccai) {
        return setupError(
          'step_out_of_order',
          'No time-zone choice is offered when CCAI is provisioned.',
          'timeZone',
        );
      }
      return editing(state, 'time_zone') ?? setTimeZone(state, command.timeZone);
    case 'setPlatform':
      return editing(state, 'platform') ?? setPlatform(state, command.platform, context);
    case 'setTelephony':
      return editing(state, 'telephony') ?? setTelephony(state, command.telephony, context);
    case 'submit':
      return submit(state, context);
    case 'provisioningFinished':
      if (state.status !== 'provisioning') return outOfOrder('provisioningFinished');
      return { state: { ...state, status: 'completed', step: 'summary_download' } };
    case 'provisioningFailed':
      // Back to review: the admin may edit (not the country) and submit again.
      if (state.status !== 'provisioning') return outOfOrder('provisioningFailed');
      return { state: { ...state, status: 'failed', step: 'review' } };
    case 'close':
      // Closing never loses progress: the wizard reopens where it was until setup completes.
      return { state };
  }
}

function isEditable(state: SetupState): boolean {
  return state.status === 'in_progress' || state.status === 'failed';
}

function outOfOrder(command: SetupCommand['type']): SetupResult {
  return setupError('step_out_of_order', `"${command}" is not possible at this point of the setup.`, 'step');
}

/** An answer is given on its own step while the wizard is being filled in. */
function editing(state: SetupState, step: SetupStep): SetupResult | null {
  if (isEditable(state) && state.step === step) return null;
  return setupError('step_out_of_order', `This answer is given on the "${step}" step.`, 'step');
}

function errorResult(error: SetupError): SetupResult {
  return { error };
}

function next(state: SetupState, context: SetupContext): SetupResult {
  if (!isEditable(state) || state.step === 'review') return outOfOrder('next');
  const missing = missingAnswer(state.step, state.answers);
  if (missing) return errorResult(missing);
  const step = stepAfter(state.step, context);
  return step ? { state: { ...state, step } } : outOfOrder('next');
}

function back(state: SetupState, context: SetupContext): SetupResult {
  const step = stepBefore(state.step, context);
  if (!isEditable(state) || step === undefined) return outOfOrder('back');
  return { state: { ...state, step } };
}

/** "Go back and edit": any step of the flow up to the current one (forward only through next). */
function goTo(state: SetupState, step: SetupStep, context: SetupContext): SetupResult {
  const target = stepIndex(step, context);
  const reachable = editableStepsFor(context).includes(step) && target <= stepIndex(state.step, context);
  if (!isEditable(state) || !reachable) return outOfOrder('goTo');
  return { state: { ...state, step } };
}

function submit(state: SetupState, context: SetupContext): SetupResult {
  if (!isEditable(state) || state.step !== 'review') return outOfOrder('submit');
  for (const step of editableStepsFor(context)) {
    const missing = missingAnswer(step, state.answers);
    if (missing) return errorResult(missing);
  }
  return { state: { ...state, status: 'provisioning', step: 'provisioning' } };
}
