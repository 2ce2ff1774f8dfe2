import type { ProvisioningStage } from '@onramp/contract';
import { provisioningTimeline } from '@onramp/domain';
import { html, nothing } from 'lit';
import type { StepContext } from '../wizard-context.js';

/**
 * The provisioning stages as a timeline (issue #22): each stage by name with its state in words
 * (done, in progress, not started, failed), the running one `aria-current`. The stages and their
 * states are the domain's (`provisioningTimeline`) from what the setup reports; nothing when it
 * reports nothing to place (no run, or a failure that does not say where).
 */
export function provisioningTimelineView({ setup, localize }: Pick<StepContext, 'setup' | 'localize'>) {
  const entries = provisioningTimeline(setup.status, setup.provisioning);
  if (!entries.length) return nothing;
  return html`<ol part="timeline" aria-label=${localize.t('wizard.provisioning.stagesLabel')}>
    ${entries.map(
      ({ stage, state }) => html`<li class=${state} aria-current=${state === 'current' ? 'step' : nothing}>
        <span>${stageName(stage, localize)}</span>
        <span part="timeline-state">${localize.t(`wizard.provisioning.state.${state}`)}</span>
      </li>`,
    )}
  </ol>`;
}

export const stageName = (stage: ProvisioningStage, localize: StepContext['localize']) =>
  localize.t(`wizard.provisioning.stage.${stage}`);
