import type { SetupStep } from '../vocabulary.js';
import type { SetupContext } from './setup-state.js';

const ALL_STEPS: readonly SetupStep[] = [
  'summary',
  'calling',
  'country',
  'time_zone',
  'platform',
  'telephony',
  'review',
  'provisioning',
  'summary_download',
];

/** The steps this order goes through: no time-zone choice when CCAI is provisioned (DOMAIN §1.2). */
export function setupStepsFor(context: Pick<SetupContext, 'ccai'>): readonly SetupStep[] {
  return context.ccai ? ALL_STEPS.filter((step) => step !== 'time_zone') : ALL_STEPS;
}

/** Steps the admin moves between with next / back / goTo; the last two are driven by provisioning. */
export function editableStepsFor(context: Pick<SetupContext, 'ccai'>): readonly SetupStep[] {
  return setupStepsFor(context).filter((step) => step !== 'provisioning' && step !== 'summary_download');
}

export function stepAfter(step: SetupStep, context: Pick<SetupContext, 'ccai'>): SetupStep | undefined {
  const steps = setupStepsFor(context);
  return steps[steps.indexOf(step) + 1];
}

export function stepBefore(step: SetupStep, context: Pick<SetupContext, 'ccai'>): SetupStep | undefined {
  const steps = setupStepsFor(context);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : undefined;
}

/** Position of a step in this order's flow (-1 when the flow skips it). */
export function stepIndex(step: SetupStep, context: Pick<SetupContext, 'ccai'>): number {
  return setupStepsFor(context).indexOf(step);
}
