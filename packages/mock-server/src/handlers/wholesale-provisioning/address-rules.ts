import type { BillingAddress, ErrorDetail, WholesalePackage } from '@onramp/contract';
import { type AddressInput, packageInfo, validateAddress } from '@onramp/domain';
import { type Failure, failWith } from '../../handling/reply.js';

interface WithAddresses {
  address?: BillingAddress;
  packages?: readonly WholesalePackage[];
  provisioningParameters?: { calling?: { location?: { address?: BillingAddress } } };
}

const LOCATION_ADDRESS = 'provisioningParameters.calling.location.address';

const NONE: readonly ErrorDetail[] = Object.freeze([]);

/** The add-ons among the packages: in the catalogue, not orderable yet (DOMAIN §3.1). */
function packageIssues(packages: readonly unknown[] | undefined): readonly ErrorDetail[] {
  for (const p of packages ?? NONE) {
    if (typeof p === 'string' && packageInfo(p as WholesalePackage)?.orderable === false)
      return [
        { description: `The add-on ${p} is not orderable yet.`, reason: 'not_orderable', field: 'packages' },
      ];
  }
  return NONE;
}

function addressIssues(address: AddressInput | undefined, prefix: string): readonly ErrorDetail[] {
  if (!address) return NONE;
  // The API requires no more than the real service and the seed do: a missing state or postal code
  // passes, a given one must be right (decisions/0030). The forms ask for them (the domain's default).
  const issues = validateAddress(address, prefix, { requireRegionalFields: false });
  // The usual case (a valid address) allocates nothing more.
  if (issues.length === 0) return NONE;
  return issues.map((issue) => ({ description: issue.message, reason: issue.code, field: issue.field }));
}

/**
 * The wholesale customer's business rules on a body that matches the contract: the per-country
 * address rules (decisions/0007) on the billing address and the calling location's address, and the
 * packages that are not orderable. One 400 naming every field at fault (the widgets put each error
 * on its field), with the domain's code and message, or nothing. It runs before any 409: a request
 * that cannot be valid is refused as such whatever the state.
 */
export function checkCustomerFields(body: WithAddresses): Failure<400> | undefined {
  const billing = addressIssues(body.address, 'address');
  const location = addressIssues(body.provisioningParameters?.calling?.location?.address, LOCATION_ADDRESS);
  const packages = packageIssues(body.packages);
  if (billing.length + location.length + packages.length === 0) return undefined;
  const issues = [...billing, ...location, ...packages];
  const first = issues[0] as ErrorDetail;
  const addresses = issues.filter((issue) => issue.reason !== 'not_orderable').length;
  const message =
    issues.length === 1
      ? first.description
      : addresses === issues.length
        ? `${issues.length} address fields do not meet the rules of their country.`
        : `${issues.length} fields do not meet the rules: ${issues.map((issue) => issue.field).join(', ')}.`;
  return failWith(400, message, issues);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The string fields of an address-shaped value; a field of another type is left out (the schema names it). */
function looseAddress(value: unknown): AddressInput | undefined {
  if (!isObject(value)) return undefined;
  const text = (name: string) => (typeof value[name] === 'string' ? (value[name] as string) : undefined);
  return {
    addressLine1: text('addressLine1'),
    addressLine2: text('addressLine2'),
    city: text('city'),
    stateOrProvince: text('stateOrProvince'),
    zipOrPostalCode: text('zipOrPostalCode'),
    country: text('country'),
  } as AddressInput;
}

/**
 * The same rules on a body that does not match the contract (the core adds them to the schema's
 * errors, for the fields the schema did not already name): a client fixing a missing city learns in
 * the same answer that the ZIP code is malformed too.
 */
export function addressRulesOnInvalidBody(value: unknown): ErrorDetail[] {
  if (!isObject(value)) return [];
  const parameters = isObject(value.provisioningParameters) ? value.provisioningParameters : undefined;
  const calling = isObject(parameters?.calling) ? parameters.calling : undefined;
  const location = isObject(calling?.location) ? calling.location : undefined;
  return [
    ...addressIssues(looseAddress(value.address), 'address'),
    ...addressIssues(looseAddress(location?.address), LOCATION_ADDRESS),
    ...(Array.isArray(value.packages) ? packageIssues(value.packages) : []),
  ];
}
