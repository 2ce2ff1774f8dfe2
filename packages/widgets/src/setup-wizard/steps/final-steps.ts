import type { SetupStep } from '@onramp/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext } from '../wizard-context.js';
import { dataCenterName } from './country-step.js';
import { provisioningTimelineView } from './provisioning-timeline.js';

/**
 * 4. Review: a summary of what was ordered and every answer, one section per step with "Go back and
 * edit" back to that step, except where no step changes it (the order's facts, the SIP address
 * reviewed on Calling) or it can no longer change (the confirmed country). The sections are a grid:
 * two columns on a wide wizard, one on a narrow one (decision 0071).
 */
export function reviewStep(context: StepContext) {
  const { setup, localize, busy } = context;
  const { answers, order } = setup;
  const licenses = order.licenses.map((line) =>
    localize.t('wizard.licenseQuantity', {
      license: localize.t(`license.${line.license}`),
      quantity: localize.formatNumber(line.quantity),
    }),
  );
  const sections: ReviewSection[] = [
    { step: 'summary', rows: [[localize.t('wizard.review.licenses'), licenses.join(', ') || undefined]] },
    {
      step: 'calling',
      rows: [[localize.t('wizard.calling.sipAddress'), html`<bdi>${setup.sipAddress}</bdi>`]],
    },
    {
      step: 'country',
      rows: [
        [
          localize.t('wizard.step.country'),
          answers.country ? context.countryName(answers.country) : undefined,
        ],
        [
          localize.t('wizard.review.dataCenter'),
          setup.dataCenter ? dataCenterName(setup.dataCenter, context.countryName) : undefined,
        ],
      ],
      edit: !answers.countryConfirmed,
    },
    {
      step: 'time_zone',
      rows: [
        [
          localize.t('wizard.step.time_zone'),
          answers.timeZone ? `${localize.formatTimeZone(answers.timeZone)} (${answers.timeZone})` : undefined,
        ],
      ],
      edit: true,
    },
    {
      step: 'platform',
      rows: [
        [localize.t('wizard.step.platform'), answers.platform && localize.t(`platform.${answers.platform}`)],
      ],
      edit: true,
    },
    {
      step: 'telephony',
      rows: [
        [
          localize.t('wizard.step.telephony'),
          answers.telephony && localize.t(`telephony.${answers.telephony}`),
        ],
      ],
      edit: true,
    },
  ];
  const failed = setup.status === 'failed';
  return html`
    ${
      // The last Submit failed on the server (DOMAIN §1.1: the wizard reappears until setup completes).
      failed
        ? html`<p part="error" role="alert" id="last-run-failed">${failureText(setup, localize)}</p>`
        : nothing
    }
    ${failed ? provisioningTimelineView(context) : nothing}
    <p>${localize.t('wizard.review.intro')}</p>
    <div part="review">
      ${sections
        .filter(({ step }) => setup.steps.includes(step))
        .map(({ step, rows, edit }) => {
          const name = localize.t(`wizard.step.${step}`);
          return html`<div part="review-section">
            <dl>
              ${rows.map(
                ([label, value]) =>
                  html`<div part="review-row"><dt>${label}</dt><dd>${value ?? '—'}</dd></div>`,
              )}
            </dl>
            ${
              edit
                ? html`<button part="button link" ?disabled=${busy} aria-label="${localize.t('wizard.review.edit')}: ${name}"
                    @click=${() => context.edit(step)}>${localize.t('wizard.review.edit')}</button>`
                : nothing
            }
          </div>`;
        })}
    </div>
    <div part="actions">
      <button part="button primary" ?disabled=${busy} @click=${context.submit}>${localize.t('wizard.submit')}</button>
    </div>
  `;
}

/** The answers of one step on Review; "Go back and edit" opens `step` when `edit`. */
interface ReviewSection {
  step: SetupStep;
  rows: [label: string, value: string | TemplateResult | null | undefined][];
  edit?: boolean;
}

/** What failed, by the server's `failedStage` (its `message` is English); the general line without one. */
function failureText(setup: StepContext['setup'], localize: StepContext['localize']) {
  switch (setup.provisioning?.failedStage) {
    case 'tenant':
      return localize.t('wizard.provisioning.failedStage.tenant', {
        dataCenter: (setup.dataCenter ?? '').toUpperCase(),
      });
    case 'digital_services':
      return localize.t('wizard.provisioning.failedStage.digital_services');
    case 'admin_sync':
      return localize.t('wizard.provisioning.failedStage.admin_sync');
    default:
      return localize.t('wizard.provisioning.failed');
  }
}

/** Provisioning runs on the server for several minutes; the wizard polls and shows progress. */
export function provisioningStep({ setup, localize }: StepContext) {
  const progress = setup.provisioning?.progress ?? 0;
  const failed = setup.status === 'failed';
  // The bar's width goes through the CSSOM (`.style`): a strict CSP blocks style attributes.
  return html`
    <p>${localize.t('wizard.provisioning.intro')}</p>
    <div part="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${progress}
      aria-labelledby="step-heading" aria-valuetext=${localize.t('wizard.provisioning.progress', { percent: progress })}>
      <div part="progress-bar" .style=${`inline-size: ${progress}%`}></div>
    </div>
    <p aria-hidden="true">${localize.t('wizard.provisioning.progress', { percent: progress })}</p>
    ${failed ? html`<p part="error" role="alert">${failureText(setup, localize)}</p>` : nothing}
    ${provisioningTimelineView({ setup, localize })}
  `;
}

/** 5–6. Done: platform details, the order summary PDF, close. */
export function doneStep(context: StepContext) {
  const { setup, localize, busy } = context;
  const platform = setup.answers.platform;
  return html`
    <p>${localize.t('wizard.done.intro')}</p>
    ${platform ? html`<p>${localize.t('wizard.done.platformDetails', { platform: localize.t(`platform.${platform}`) })}</p>` : nothing}
    ${platform === '1.0' ? context.tenantSetup() : nothing}
    <div part="actions">
      <button part="button" ?disabled=${busy} @click=${context.download}>${localize.t('wizard.done.download')}</button>
      <button part="button primary" @click=${context.close}>${localize.t('common.close')}</button>
    </div>
  `;
}
