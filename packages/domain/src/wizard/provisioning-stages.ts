import { type ProvisioningStage, provisioningStageValues, type SetupStatus } from '@onramp/contract';

/**
 * The stages of the provisioning that **Submit** starts, in the order they run (DOMAIN §1.2, §1.4):
 * the contact-center tenant, then Webex Engage and Webex Connect, which follow the contact center,
 * then the admins' sync with Connect. The contract's enum lists them in that order.
 */
export const PROVISIONING_STAGES: readonly ProvisioningStage[] = provisioningStageValues;

/** Where one stage stands: finished, running, not reached (yet, or at all after a failure), failed. */
export type ProvisioningStageState = 'done' | 'current' | 'pending' | 'failed';

export interface ProvisioningStageEntry {
  readonly stage: ProvisioningStage;
  readonly state: ProvisioningStageState;
}

/** What the setup reports of its provisioning run (the contract's `SetupProvisioning`). */
export interface ProvisioningRun {
  readonly stage: ProvisioningStage | null;
  readonly failedStage: ProvisioningStage | null;
}

/**
 * Every stage with where it stands, from the setup's status and what its run reports: stages run one
 * after the other, so those before the running (or failed) one are done and those after it are not
 * reached. Empty where nothing can be said: no run, or a failure that does not say where it stopped.
 */
export function provisioningTimeline(
  status: SetupStatus,
  run: ProvisioningRun | null,
): ProvisioningStageEntry[] {
  if (!run) return [];
  const at = (stage: ProvisioningStage | null, state: ProvisioningStageState): ProvisioningStageEntry[] => {
    const index = stage === null ? PROVISIONING_STAGES.length : PROVISIONING_STAGES.indexOf(stage);
    return PROVISIONING_STAGES.map((each, i) => ({
      stage: each,
      state: i < index ? 'done' : i === index ? state : 'pending',
    }));
  };
  switch (status) {
    case 'completed':
      return at(null, 'done');
    case 'failed':
      return run.failedStage === null ? [] : at(run.failedStage, 'failed');
    case 'provisioning':
      // Submitted but no stage started yet: every stage is still to come.
      return run.stage === null ? at(PROVISIONING_STAGES[0] ?? null, 'pending') : at(run.stage, 'current');
    default:
      return [];
  }
}
