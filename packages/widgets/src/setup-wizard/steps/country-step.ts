import { ciscoPstnRulesOutCountry } from '@onramp/domain';
import { html, nothing } from 'lit';
import type { StepContext } from '../wizard-context.js';

/**
 * A data center by the place it is in ("Singapore", "European Union"), in the reader's language,
 * not its code ("SG", "EU").
 */
export const dataCenterName = (code: string, countryName: (code: string) => string) =>
  countryName(code === 'uk' ? 'GB' : code.toUpperCase());

/**
 * 3.1 Country of operation: defaults to the order's country; Save may answer "incompatible
 * location"; with the Cisco PSTN add-on, Save is refused (with the reason) for any country but the
 * US; a successful save opens the irreversible confirmation (rendered by the wizard).
 */
export function countryStep(context: StepContext) {
  const { setup, catalog, draft, localize, busy, problem } = context;
  const { answers } = setup;
  const locked = answers.countryConfirmed;
  const selected = (locked ? answers.country : (draft.country ?? setup.defaultCountry)) ?? '';
  const incompatible = problem?.reason === 'incompatible_location';
  // The Cisco PSTN add-on is US-only (DOMAIN §1.2): said while another country is chosen, before Save.
  const order = { ciscoPstnAddOn: setup.order.ciscoPstnAddOn, isTrial: setup.order.kind === 'trial' };
  const pstnAddOn = order.ciscoPstnAddOn && !order.isTrial;
  const pstnRefused =
    !locked &&
    ((selected !== '' && ciscoPstnRulesOutCountry(selected, order)) ||
      problem?.reason === 'pstn_add_on_us_only');
  const invalid = incompatible || pstnRefused;
  // The data center of the country shown in the list (the one chosen, before it is saved too).
  const dataCenter =
    catalog.countries.find((country) => country.code === selected)?.dataCenter ?? setup.dataCenter;
  const countries = [...catalog.countries].sort((a, b) =>
    context.countryName(a.code).localeCompare(context.countryName(b.code), localize.locale),
  );
  const describedBy = [
    'country-help',
    incompatible ? 'country-error' : '',
    pstnAddOn && !locked ? 'country-pstn' : '',
    locked ? 'country-locked' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`
    <label for="country">${localize.t('wizard.country.label')}</label>
    <select
      id="country"
      part="select"
      .value=${selected}
      ?disabled=${locked || busy}
      aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : 'false'}
      @change=${(event: Event) => context.setDraft({ country: (event.target as HTMLSelectElement).value })}
    >
      ${
        // The order's country is not a country of operation: the list must not pretend it is
        // another (a select shows its first option when its value is not among them).
        countries.some((country) => country.code === selected)
          ? nothing
          : html`<option value="" disabled selected>${localize.t('wizard.country.choose')}</option>`
      }
      ${countries.map(
        (country) =>
          html`<option value=${country.code} ?selected=${country.code === selected}>${context.countryName(country.code)}</option>`,
      )}
    </select>
    <p id="country-help" part="help">${localize.t('wizard.country.help')}</p>
    ${dataCenter ? html`<p part="help" id="data-center">${localize.t('wizard.country.dataCenter', { dataCenter: dataCenterName(dataCenter, context.countryName) })}</p>` : nothing}
    ${incompatible ? html`<p id="country-error" part="error" role="alert">${localize.t('wizard.country.incompatible')}</p>` : nothing}
    ${
      pstnAddOn && !locked
        ? html`<p id="country-pstn" part=${pstnRefused ? 'error' : 'help'}>${localize.t('wizard.country.pstn')}</p>`
        : nothing
    }
    ${locked ? html`<p id="country-locked" part="help">${localize.t('wizard.country.locked')}</p>` : nothing}
    <div part="actions">
      <button part="button" ?disabled=${busy} @click=${() => context.goTo('calling')}>${localize.t('common.back')}</button>
      ${
        locked
          ? html`<button part="button primary" ?disabled=${busy} @click=${context.saveAndContinue}>${localize.t('common.next')}</button>`
          : html`<button part="button primary" ?disabled=${busy || pstnRefused}
              aria-describedby=${pstnRefused ? 'country-pstn' : nothing} @click=${context.saveCountry}>${localize.t('common.save')}</button>`
      }
    </div>
  `;
}
