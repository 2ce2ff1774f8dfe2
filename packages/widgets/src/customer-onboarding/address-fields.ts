import { billingAddressJsonSchema } from '@onramp/contract/json-schemas';
import { type AddressInput, addressRuleFor, isoCountryCodes, validateAddress } from '@onramp/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { type Choice, choiceList, requiredMark, schemaMaxLength } from './form-controls.js';

/** The billing address as typed (strings), so nothing is lost when a call fails. */
export interface AddressValues {
  addressLine1: string;
  addressLine2: string;
  city: string;
  stateOrProvince: string;
  zipOrPostalCode: string;
  country: string;
}
export type AddressField = keyof AddressValues;

export const emptyAddress = (): AddressValues => ({
  addressLine1: '',
  addressLine2: '',
  city: '',
  stateOrProvince: '',
  zipOrPostalCode: '',
  country: '',
});

/**
 * What is wrong with a field, keyed by its request path (`address.city`); `quantity` is a package's
 * quantity that is not a whole number within the contract's bounds.
 */
export type FieldError =
  | 'required'
  | 'invalid'
  | 'email'
  | 'country'
  | 'invalid_format'
  | 'invalid_enum'
  | 'unknown_country'
  | 'quantity';
export type FieldErrors = Record<string, FieldError>;

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * A country code as the contract takes it (`^[A-Z]{2}$`): trimmed, its ASCII letters in upper case,
 * so `de` is sent as `DE`. Only ASCII letters change: `ß` stays `ß` (not `SS`), and is refused.
 */
export const normalizeCountry = (value: string) => value.trim().replace(/[a-z]/g, (c) => c.toUpperCase());

/** What the contract accepts as a country: two letters A–Z (`iso2Country`). */
const TWO_LETTERS = /^[A-Z]{2}$/;

/**
 * The contract's address from the typed values: blanks left out, and so are the fields the
 * country's addresses do not use (hidden in the form; the typed value is kept for a switch back).
 */
export function toAddress(values: AddressValues): AddressInput {
  const rule = addressRuleFor(values.country);
  const entries = Object.entries({
    addressLine1: optional(values.addressLine1),
    addressLine2: optional(values.addressLine2),
    city: optional(values.city),
    stateOrProvince: rule.region ? optional(values.stateOrProvince) : undefined,
    zipOrPostalCode: rule.postalCode ? optional(values.zipOrPostalCode) : undefined,
    country: optional(normalizeCountry(values.country)),
  });
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/**
 * The domain's per-country rules (decisions/0007), each issue on its field unless one is there; and
 * a country that is given but is not two letters says so (a schema's "too short" would read as
 * "required"), so the form never sends one the contract refuses.
 */
export function addAddressErrors(
  errors: FieldErrors,
  address: AddressInput,
  prefix = 'address',
): FieldErrors {
  const country = address.country?.trim();
  if (country && !TWO_LETTERS.test(country)) errors[`${prefix}.country`] = 'country';
  for (const issue of validateAddress(address, prefix)) errors[issue.field] ??= issue.code;
  return errors;
}

/** A server error's field as an address field of the form: the calling location uses the billing address. */
export function addressFieldOf(field: string): string | undefined {
  const match =
    /(?:^|\.)address\.(addressLine1|addressLine2|city|stateOrProvince|zipOrPostalCode|country)$/.exec(field);
  return match ? `address.${match[1]}` : undefined;
}

/**
 * The contract's length limit of an address field (the billing address's schema, imported alone: the
 * subscription panel ships no request body), so "too long" is never learnt from the server.
 */
export const addressMaxLength = (name: AddressField): number | undefined =>
  schemaMaxLength(billingAddressJsonSchema, name);

/**
 * Every country a billing address may have (the ISO 3166-1 codes the domain knows, the ones the
 * contract accepts), named in the reader's language and sorted by that name.
 */
const countryChoices = new Map<string, Choice[]>();
export function countriesIn(locale: string): Choice[] {
  let choices = countryChoices.get(locale);
  if (!choices) {
    const names = new Intl.DisplayNames(locale, { type: 'region' });
    choices = isoCountryCodes()
      .map((code) => ({ value: code, label: names.of(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    countryChoices.set(locale, choices);
  }
  return choices;
}

export interface AddressFieldsContext {
  values: AddressValues;
  errors: FieldErrors;
  localize: LocalizeController;
  onInput: (field: AddressField, value: string) => void;
  /** Help under the country (what it decides). */
  countryHelp?: string;
}

/**
 * The label of an address field as the form shows it for `country` (with "(optional)" where the
 * country's rules do not require it), or undefined for a field those rules hide.
 */
export function addressLabel(localize: LocalizeController, country: string, name: AddressField) {
  const rule = addressRuleFor(country);
  const label = (text: string, required: boolean) =>
    required ? text : localize.t('address.optional', { label: text });
  switch (name) {
    case 'country':
      return localize.t('onboard.country');
    case 'addressLine1':
      return localize.t('onboard.addressLine1');
    case 'addressLine2':
      return localize.t('onboard.addressLine2');
    case 'city':
      return localize.t('onboard.city');
    case 'stateOrProvince':
      return rule.region
        ? label(localize.t(`address.region.${rule.region.label}`), rule.region.required)
        : undefined;
    case 'zipOrPostalCode':
      return rule.postalCode
        ? label(localize.t(`address.postal.${rule.postalCode.label}`), rule.postalCode.required)
        : undefined;
  }
}

/** Labels, required marks, a list or a text box and the hidden fields follow the country's rules. */
export function renderAddressFields(context: AddressFieldsContext): TemplateResult {
  const { values, localize } = context;
  const rule = addressRuleFor(values.country);
  const labelOf = (name: AddressField) => addressLabel(localize, values.country, name) ?? '';
  const region = rule.region;
  const postal = rule.postalCode;
  const countries = countriesIn(localize.locale);
  return html`
    ${field(context, 'country', labelOf('country'), {
      autocomplete: 'country',
      help: context.countryHelp,
      required: true,
      choices: countries,
    })}
    ${field(context, 'addressLine1', labelOf('addressLine1'), { autocomplete: 'address-line1', required: true })}
    ${field(context, 'addressLine2', labelOf('addressLine2'), { autocomplete: 'address-line2' })}
    ${field(context, 'city', labelOf('city'), { autocomplete: 'address-level2', required: true })}
    ${
      region
        ? field(context, 'stateOrProvince', labelOf('stateOrProvince'), {
            autocomplete: 'address-level1',
            required: region.required,
            choices: region.choices
              ? Object.entries(region.choices).map(([code, name]) => ({
                  value: code,
                  label: `${name} (${code})`,
                }))
              : undefined,
            regionName: localize.t(`address.region.${region.label}`),
          })
        : nothing
    }
    ${
      postal
        ? field(context, 'zipOrPostalCode', labelOf('zipOrPostalCode'), {
            autocomplete: 'postal-code',
            required: postal.required,
            postalName: localize.t(`address.postal.${postal.label}`),
            example: postal.example,
          })
        : nothing
    }`;
}

interface FieldOptions {
  autocomplete: string;
  help?: string | undefined;
  /** Marked required (before any check) and `required` to assistive technology. */
  required?: boolean;
  choices?: readonly Choice[] | undefined;
  regionName?: string;
  postalName?: string;
  example?: string | undefined;
}

function errorText({ errors, localize }: AddressFieldsContext, path: string, options: FieldOptions) {
  const kind = errors[path];
  if (!kind) return undefined;
  if (kind === 'invalid_format' && options.postalName)
    return localize.t('address.error.format', { label: options.postalName, example: options.example ?? '' });
  if (kind === 'invalid_enum' && options.regionName)
    return localize.t('address.error.choice', { label: options.regionName });
  if (kind === 'invalid_format' || kind === 'invalid_enum' || kind === 'quantity')
    return localize.t('onboard.error.invalid');
  return localize.t(`onboard.error.${kind}`);
}

function field(context: AddressFieldsContext, name: AddressField, label: string, options: FieldOptions) {
  const path = `address.${name}`;
  const id = `address-${name}`;
  const error = errorText(context, path, options);
  const describedBy = [error ? `${id}-error` : '', options.help ? `${id}-help` : '']
    .filter(Boolean)
    .join(' ');
  const value = context.values[name];
  const onInput = (event: Event) =>
    context.onInput(name, (event.target as HTMLInputElement | HTMLSelectElement).value);
  const required = options.required ?? false;
  const control = options.choices
    ? html`<select part="input" id=${id} name=${name} autocomplete=${options.autocomplete} ?required=${required}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} @change=${onInput} @input=${onInput}>
        ${choiceList(options.choices, value.trim().toUpperCase(), context.localize.t('address.choose'))}
      </select>`
    : html`<input part="input" id=${id} name=${name} .value=${value} autocomplete=${options.autocomplete}
        maxlength=${addressMaxLength(name) ?? nothing} ?required=${required}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} @input=${onInput} />`;
  return html`<div part="field">
    <label for=${id}>${label}${required ? requiredMark : nothing}</label>
    ${control}
    ${options.help ? html`<span part="help" id="${id}-help">${options.help}</span>` : nothing}
    ${error ? html`<span part="error" id="${id}-error">${error}</span>` : nothing}
  </div>`;
}
