import type { DataCenter, License, Region } from '@onramp/contract';
import { findCountry, PLATFORM_DETAILS_LABELS, TELEPHONY_OPTION_DETAILS } from '@onramp/domain';
import { authorize } from '../../handling/access.js';
import { fail, type Handler, isFailure, iso } from '../../handling/reply.js';
import type { StoredOrg, StoredSetup } from '../../store/types.js';
import { createPdf } from './pdf.js';

/** What a person reads on the summary, instead of the wire's codes. */
const LICENSE_NAMES: Readonly<Record<License, string>> = {
  cc_standard: 'Webex Contact Center Standard',
  cc_premium: 'Webex Contact Center Premium',
};
const REGION_NAMES: Readonly<Record<Region, string>> = {
  north_america: 'North America',
  emea: 'Europe, Middle East and Africa',
  latam: 'Latin America',
  apjc: 'Asia Pacific, Japan and China',
  gulf: 'Gulf region',
  southern_africa: 'Southern Africa',
};
const DATA_CENTER_NAMES: Readonly<Record<DataCenter, string>> = {
  us: 'United States',
  eu: 'European Union',
  ca: 'Canada',
  uk: 'United Kingdom',
  jp: 'Japan',
  au: 'Australia',
  sg: 'Singapore',
  sa: 'Saudi Arabia',
  ae: 'United Arab Emirates',
};
const named = <T extends string>(names: Readonly<Record<T, string>>, code: T | undefined) =>
  code === undefined ? '-' : names[code];

/** The lines of the order summary: the setup's actual answers (DOMAIN §1.2 step 5). */
export function orderSummaryLines(org: StoredOrg, setup: StoredSetup): string[] {
  const { answers } = setup.state;
  const country = answers.country ? findCountry(answers.country) : undefined;
  const order = org.subscription;
  return [
    `Customer: ${org.name}`,
    `Organization ID: ${org.id}`,
    `Order: ${setup.context.isTrial ? 'trial' : 'subscription'} ${order?.orderReference ?? ''}`,
    `Licenses: ${(order?.licenses ?? []).map((l) => `${named(LICENSE_NAMES, l.license)}: ${l.quantity}`).join(', ') || 'none'}`,
    `Country of operation: ${country?.name ?? answers.country} (${answers.country})`,
    `Region: ${named(REGION_NAMES, country?.region)}`,
    `Data center: ${named(DATA_CENTER_NAMES, country?.dataCenter)}`,
    `Time zone: ${setup.context.ccai ? 'not offered (CCAI)' : (answers.timeZone ?? '-')}`,
    `Platform: ${answers.platform ? PLATFORM_DETAILS_LABELS[answers.platform] : '-'}`,
    `Telephony: ${answers.telephony ? TELEPHONY_OPTION_DETAILS[answers.telephony].label : '-'}`,
    `Cisco PSTN add-on: ${setup.context.ciscoPstnAddOn ? 'yes' : 'no'}; CCAI: ${setup.context.ccai ? 'yes' : 'no'}`,
    'Services: Webex Contact Center, Webex Engage, Webex Connect',
    `Provisioned: ${setup.provisioning?.finishedAt ? iso(setup.provisioning.finishedAt) : '-'}`,
  ];
}

export const getSetupOrderSummary: Handler<'getSetupOrderSummary'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'open_setup_wizard');
  if (isFailure(access)) return access;
  const setup = store.setups.get(access.org.id);
  if (!setup) return fail(404, 'not_found', 'This organization has no services setup.', 'orgId');
  if (setup.state.status !== 'completed')
    return fail(409, 'setup_not_completed', 'The order summary exists once provisioning completed.');
  const pdf = createPdf('Webex Contact Center: order summary', orderSummaryLines(access.org, setup));
  return {
    status: 200,
    body: undefined,
    headers: {
      'content-disposition': contentDisposition(`Order summary - ${access.org.name}.pdf`),
    },
    raw: { contentType: 'application/pdf', data: pdf },
  };
};

/**
 * `attachment` named after the customer (RFC 6266): an ASCII fallback in `filename`, the name as
 * written in `filename*` (RFC 5987), so "John's Pizza" or a Hebrew name reaches the file system.
 */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\/:*?<>|]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
