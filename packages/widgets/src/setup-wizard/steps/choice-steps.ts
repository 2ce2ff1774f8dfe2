import type { Platform, TelephonyOption } from '@onramp/contract';
import { TELEPHONY_OPTIONS } from '@onramp/domain';
import { html, nothing } from 'lit';
import type { StepContext } from '../wizard-context.js';

const backTo = (context: StepContext, label = context.localize.t('common.back')) => {
  const steps = context.setup.steps;
  const previous = steps[steps.indexOf(context.setup.currentStep) - 1];
  return previous
    ? html`<button part="button" ?disabled=${context.busy} @click=${() => context.goTo(previous)}>${label}</button>`
    : nothing;
};
const nextButton = (context: StepContext) =>
  html`<button part="button primary" ?disabled=${context.busy} @click=${context.saveAndContinue}>${context.localize.t('common.next')}</button>`;

/** 3.3 Tenant time zone: the default comes from the region; absent altogether when CCAI is provisioned. */
export function timeZoneStep(context: StepContext) {
  const { setup, catalog, draft, localize, busy } = context;
  const selected = draft.timeZone ?? setup.answers.timeZone ?? '';
  // Offset and name of the same instant (the catalogue's utcOffset is the standard one, which a zone
  // in daylight-saving time contradicts); the list keeps the catalogue's order.
  const now = new Date();
  return html`
    <label for="time-zone">${localize.t('wizard.timeZone.label')}</label>
    <select
      id="time-zone"
      part="select"
      .value=${selected}
      ?disabled=${busy}
      aria-describedby="time-zone-help"
      @change=${(event: Event) => context.setDraft({ timeZone: (event.target as HTMLSelectElement).value })}
    >
      ${catalog.timeZones.map(
        (zone) =>
          html`<option value=${zone.id} ?selected=${zone.id === selected}>${localize.formatUtcOffset(zone.id, now)} · ${localize.formatTimeZone(zone.id, now)} (${zone.id})</option>`,
      )}
    </select>
    <p id="time-zone-help" part="help">
      ${localize.t('wizard.timeZone.help')}
      ${setup.answers.platform === 'new_platform' ? localize.t('wizard.timeZone.newPlatform') : nothing}
    </p>
    <div part="actions">${backTo(context)} ${nextButton(context)}</div>
  `;
}

/** 3.4 Platform: the options the country offers; the new platform lists what will be set up. */
export function platformStep(context: StepContext) {
  const { setup, draft, localize, busy } = context;
  const selected = draft.platform ?? setup.answers.platform ?? setup.choices.platforms[0];
  return html`
    <fieldset part="fieldset">
      <legend>${localize.t('wizard.platform.label')}</legend>
      ${setup.choices.platforms.map(
        (platform) => html`<label part="choice">
          <input type="radio" name="platform" .value=${platform} .checked=${platform === selected} ?disabled=${busy}
            @change=${() => context.setDraft({ platform: platform as Platform })} />
          ${localize.t(`platform.${platform}`)}
        </label>`,
      )}
    </fieldset>
    ${
      selected === 'new_platform' && setup.servicesToSetUp.length
        ? html`<section part="what-you-set-up" aria-labelledby="what-you-set-up">
            <h4 id="what-you-set-up">${localize.t('wizard.platform.whatYouSetUp')}</h4>
            <ul>${setup.servicesToSetUp.map((service) => html`<li>${localize.t(`service.${service}`)}</li>`)}</ul>
          </section>`
        : nothing
    }
    <div part="actions">${backTo(context)} ${nextButton(context)}</div>
  `;
}

/**
 * 3.5 Telephony: offered by platform and region; fixed (and explained) with the US Cisco PSTN add-on.
 * An option the region offers but the org may not choose (Webex Calling without a Webex Calling
 * subscription, DOMAIN §1.3) is shown disabled, in the table's order, with why.
 */
export function telephonyStep(context: StepContext) {
  const { setup, catalog, draft, localize, busy } = context;
  const locked = setup.telephonyLocked;
  const selected = locked
    ? setup.answers.telephony
    : (draft.telephony ?? setup.answers.telephony ?? undefined);
  const details = (option: TelephonyOption) => catalog.telephony.find((entry) => entry.option === option);
  const unavailable = new Map(
    setup.choices.unavailableTelephonyOptions.map((entry) => [entry.option, entry.reason] as const),
  );
  const options = TELEPHONY_OPTIONS.filter(
    (option) => setup.choices.telephonyOptions.includes(option) || unavailable.has(option),
  );
  return html`
    <fieldset part="fieldset" aria-describedby=${locked ? 'telephony-locked' : nothing}>
      <legend>${localize.t('wizard.telephony.label')}</legend>
      ${options.map((option) => {
        const info = details(option);
        const noteId = `telephony-note-${option}`;
        const reason = unavailable.get(option);
        return html`<label part="choice">
          <input type="radio" name="telephony" .value=${option} .checked=${option === selected && !reason}
            ?disabled=${busy || locked || !!reason} aria-describedby=${noteId}
            @change=${() => context.setDraft({ telephony: option })} />
          ${localize.t(`telephony.${option}`)}
          <span id=${noteId} part="help">
            ${info?.legacy ? localize.t('wizard.telephony.legacy') : nothing}
            ${
              reason === 'calling_subscription_required'
                ? localize.t('wizard.telephony.noCalling')
                : option === 'webex_calling'
                  ? localize.t('wizard.telephony.needsCalling')
                  : nothing
            }
            ${option === 'third_party_via_webex_calling' ? localize.t('wizard.telephony.free') : nothing}
          </span>
        </label>`;
      })}
    </fieldset>
    ${locked ? html`<p id="telephony-locked" part="help">${localize.t('wizard.telephony.locked')}</p>` : nothing}
    <div part="actions">${backTo(context)} ${nextButton(context)}</div>
  `;
}
