import { findCountry } from '../catalogue/country-lookup.js';
import type { Actor } from '../permissions/actors.js';
import { can } from '../permissions/can.js';
import type { DataCenter, SetupStep } from '../vocabulary.js';
import { missingAnswer } from './setup-answers.js';
import type { SetupContext, SetupState } from './setup-state.js';
import { editableStepsFor, stepIndex } from './setup-steps.js';

/**
 * DOMAIN §1.1: the wizard appears every time a partner admin or customer admin opens the
 * customer's Control Hub, until setup completes successfully.
 */
export function shouldShowSetupWizard(actor: Actor, state: SetupState): boolean {
  return state.status !== 'completed' && can(actor, 'open_setup_wizard').allowed;
}

/**
 * Where a reopened wizard continues: the step the admin left, or an earlier one if an answer
 * before it is missing (state stored by an older version, or edited by hand).
 */
export function resumeStep(state: SetupState, context: SetupContext): SetupStep {
  switch (state.status) {
    case 'not_started':
      return 'summary';
    case 'provisioning':
      return 'provisioning';
    case 'completed':
      return 'summary_download';
    case 'in_progress':
    case 'failed': {
      const left = stepIndex(state.step, context);
      const incomplete = editableStepsFor(context).find(
        (step) => missingAnswer(step, state.answers) !== null && stepIndex(step, context) < left,
      );
      return incomplete ?? (left >= 0 ? state.step : 'summary');
    }
  }
}

/** Where the tenant is (to be) created: the data center serving the saved country (data locality). */
export function tenantDataCenter(state: SetupState): DataCenter | null {
  const country = state.answers.country === null ? undefined : findCountry(state.answers.country);
  return country?.dataCenter ?? null;
}
