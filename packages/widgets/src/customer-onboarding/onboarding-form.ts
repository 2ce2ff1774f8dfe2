import type { ProvisionCustomerRequest, WholesalePackage } from '@onramp/contract';
import { provisionWholesaleCustomerRequestBody } from '@onramp/contract/json-schemas';
import { packageInfo } from '@onramp/domain';
import type { compileSchema, SchemaIssueCode, Validate } from '../api/json-schema.js';
import {
  type AddressValues,
  addAddressErrors,
  addressFieldOf,
  emptyAddress,
  type FieldError,
  type FieldErrors,
  toAddress,
} from './address-fields.js';

export type { FieldErrors } from './address-fields.js';

/** Base packages that take a quantity (the contract's `limits`), offered when orderable (DOMAIN §3.1). */
export const ORDERABLE_PACKAGES = (
  [
    'webex_suite',
    'webex_calling',
    'webex_calling_standard',
    'webex_meetings',
    'webex_voice',
    'common_area_calling',
    'cx_essentials',
  ] as const satisfies readonly WholesalePackage[]
).filter((name) => packageInfo(name).orderable);
export type OrderablePackage = (typeof ORDERABLE_PACKAGES)[number];

/**
 * The largest quantity the contract takes (its schema's `maximum` for a package's limit, read from
 * the JSON Schema: the widgets do not ship zod); quantities are whole numbers from 0 up to it.
 */
export const MAX_QUANTITY: number =
  (
    provisionWholesaleCustomerRequestBody.properties?.provisioningParameters?.properties?.packages?.properties
      ?.limits?.properties?.webex_suite as { maximum?: number } | undefined
  )?.maximum ?? Number.MAX_SAFE_INTEGER;

/** Everything the partner types, as typed (strings), so nothing is lost when a call fails. */
export interface OnboardingValues extends AddressValues {
  name: string;
  primaryEmail: string;
  language: string;
  externalId: string;
  provisioningId: string;
  meetingsTimeZone: string;
  locationName: string;
  locationTimeZone: string;
  locationLanguage: string;
  quantities: Partial<Record<OrderablePackage, string>>;
}

export const emptyValues = (): OnboardingValues => ({
  name: '',
  primaryEmail: '',
  language: '',
  externalId: '',
  provisioningId: '',
  ...emptyAddress(),
  meetingsTimeZone: '',
  locationName: '',
  locationTimeZone: '',
  locationLanguage: '',
  quantities: {},
});

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
/** Leaves out the blank (undefined) entries, as the contract's optional fields expect. */
const compact = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

/** The contract's request from the typed values: blanks are left out, quantities become numbers. */
export function toRequest(values: OnboardingValues): ProvisionCustomerRequest {
  const chosen = ORDERABLE_PACKAGES.filter((name) => optional(values.quantities[name] ?? '') !== undefined);
  const limits = Object.fromEntries(chosen.map((name) => [name, Number(values.quantities[name])]));
  const address = toAddress(values);
  const timezone = optional(values.meetingsTimeZone);
  const location = [values.locationName, values.locationTimeZone, values.locationLanguage].some(optional)
    ? {
        name: values.locationName.trim(),
        address,
        timezone: values.locationTimeZone.trim(),
        language: values.locationLanguage.trim(),
      }
    : undefined;
  return {
    provisioningId: values.provisioningId.trim(),
    externalId: values.externalId.trim(),
    packages: chosen,
    address,
    customerInfo: compact({
      name: values.name.trim(),
      primaryEmail: values.primaryEmail.trim(),
      language: optional(values.language),
    }),
    provisioningParameters: {
      packages: { limits },
      ...(timezone ? { meetings: { timezone } } : {}),
      ...(location ? { calling: { location } } : {}),
    },
  } as ProvisionCustomerRequest;
}

/**
 * The contract's create request as JSON Schema, compiled at the first check. The compiler is passed
 * in: the form loads it at its first focus or, at the latest, by *Check* (decision 0073), so the form
 * shows without it.
 */
let check: Validate | undefined;

/**
 * Checks the request against the contract's schema, then the billing address against its country's
 * rules (the mock applies the same ones); each issue lands on the field it names.
 */
export function validate(request: ProvisionCustomerRequest, compile: typeof compileSchema): FieldErrors {
  return addAddressErrors(schemaErrors(request, compile), request.address ?? {});
}

/** What the form says for each kind of issue: a blank or absent value is "required". */
const MISSING: ReadonlySet<SchemaIssueCode> = new Set(['required', 'type', 'too_short']);

function schemaErrors(request: ProvisionCustomerRequest, compile: typeof compileSchema): FieldErrors {
  check ??= compile(provisionWholesaleCustomerRequestBody);
  const issues = check(request);
  const errors: FieldErrors = {};
  // The schema accepts blank texts; a calling location needs its name, time zone and language.
  const location = request.provisioningParameters?.calling?.location;
  for (const key of ['name', 'timezone', 'language'] as const)
    if (location && !location[key]) errors[`calling.${key}`] = 'required';
  for (const issue of issues) {
    const field = fieldOfSchemaPath(issue.path.split('.'));
    if (!errors[field]) errors[field] = errorKind(field, MISSING.has(issue.code));
  }
  return errors;
}

/** A path of the request schema as the form field that shows it. */
export function fieldOfSchemaPath(path: readonly string[]): string {
  if (path[0] !== 'provisioningParameters') return fieldOf(path);
  // Quantities live under provisioningParameters.packages.limits.<name>: show them on the package.
  if (path[1] === 'packages') return `packages.${path[3]}`;
  if (path[1] === 'calling' && path[3] !== 'address') return `calling.${path[3]}`;
  return fieldOf(path);
}

/**
 * What a field says for a schema issue: "required" for a blank or absent value, else its kind. A
 * package's quantity is only checked once typed: whatever the issue (below 0, a fraction, above the
 * contract's MAX_QUANTITY, not a number), it needs a whole number within the bounds.
 */
export function errorKind(field: string, missing: boolean): FieldError {
  if (field.startsWith('packages.')) return 'quantity';
  if (missing) return 'required';
  if (field === 'customerInfo.primaryEmail') return 'email';
  if (field === 'address.country') return 'country';
  return 'invalid';
}

/** A server error's `field` (or a schema path) as a form field name. */
export function fieldOf(path: readonly string[] | string): string {
  const parts = typeof path === 'string' ? path.split(/[.[\]]/).filter(Boolean) : path;
  if (parts[0] === 'packages') return 'packages';
  // A refused quantity (provisioningParameters.packages.limits.<name>) lands on its package.
  if (parts[0] === 'provisioningParameters' && parts[1] === 'packages' && parts[2] === 'limits' && parts[3])
    return `packages.${parts[3]}`;
  const address = addressFieldOf(parts.join('.'));
  if (address) return address;
  return parts.slice(0, 2).join('.');
}
