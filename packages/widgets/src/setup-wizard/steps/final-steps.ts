import type { SetupStep } from '@onramp/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext } from '../wizard-context.js';
import { dataCenterName } from './country-step.js';

/**
 * 4. Review: what was ordered, then every answer, with "Go back and edit" for each one except the
 * confirmed country (and the order's facts, which no step changes).
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
  // `edit`: the step "Go back and edit" opens; none for what no step changes (the order, the SIP
  // address reviewed on Calling, the data center that follows the country) or the confirmed country.
  const rows: ReviewRow[] = [
    { label: localize.t('wizard.review.licenses'), value: licenses.join(', ') || undefined },
    {
      step: 'calling',
      label: localize.t('wizard.calling.sipAddress'),
      value: html`<bdi>${setup.sipAddress}</bdi>`,
    },
    {
      step: 'country',
      label: localize.t('wizard.step.country'),
      value: answers.country ? context.countryName(answers.country) : undefined,
      edit: !answers.countryConfirmed,
    },
    {
      step: 'country',
      label: localize.t('wizard.review.dataCenter'),
      value: setup.dataCenter ? dataCenterName(setup.dataCenter, context.countryName) : undefined,
    },
    {
      step: 'time_zone',
      label: localize.t('wizard.step.time_zone'),
      value: answers.timeZone
        ? `${localize.formatTimeZone(answers.timeZone)} (${answers.timeZone})`
        : undefined,
      edit: true,
    },
    {
      step: 'platform',
      label: localize.t('wizard.step.platform'),
      value: answers.platform ? localize.t(`platform.${answers.platform}`) : undefined,
      edit: true,
    },
    {
      step: 'telephony',
      label: localize.t('wizard.step.telephony'),
      value: answers.telephony ? localize.t(`telephony.${answers.telephony}`) : undefined,
      edit: true,
    },
  ];
  return html`
    ${
      // The last Submit failed on the server (DOMAIN §1.1: the wizard reappears until setup completes).
      setup.status === 'failed'
        ? html`<p part="error" role="alert" id="last-run-failed">${failureText(setup, localize)}</p>`
        : nothing
    }
    <p>${localize.t('wizard.review.intro')}</p>
    <dl part="review">
      ${rows
        .filter(({ step }) => step === undefined || setup.steps.includes(step))
        .map(
          ({ step, label, value, edit }) => html`<div part="review-row">
            <dt>${label}</dt>
            <dd>${value ?? '—'}</dd>
            ${
              step && edit
                ? html`<dd class="edit"><button part="button link" ?disabled=${busy} aria-label="${localize.t('wizard.review.edit')}: ${label}"
                    @click=${() => context.edit(step)}>${localize.t('wizard.review.edit')}</button></dd>`
                : nothing
            }
          </div>`,
        )}
    </dl>
    <div part="actions">
      <button part="button primary" ?disabled=${busy} @click=${context.submit}>${localize.t('wizard.submit')}</button>
    </div>
  `;
}

interface ReviewRow {
  /** The step the row belongs to: shown only where the setup has it. */
  step?: SetupStep;
  label: string;
  value: string | TemplateResult | undefined;
  /** "Go back and edit" opens `step`. */
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
