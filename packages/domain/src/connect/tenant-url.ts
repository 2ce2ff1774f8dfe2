import type { DataCenter } from '../vocabulary.js';

/**
 * The Webex Connect host of each data center: the Connect tenant (workspace) is created beside the
 * contact-center tenant, in the data center of the country of operation (DOMAIN §1.2 data locality,
 * §1.4). Decision 0027: the region label of the host is the data center's code, as the provider's
 * own `us.webexconnect.io` is for the US one.
 */
export const CONNECT_HOSTS: Readonly<Record<DataCenter, string>> = {
  us: 'us.webexconnect.io',
  eu: 'eu.webexconnect.io',
  ca: 'ca.webexconnect.io',
  uk: 'uk.webexconnect.io',
  jp: 'jp.webexconnect.io',
  au: 'au.webexconnect.io',
  sg: 'sg.webexconnect.io',
  sa: 'sa.webexconnect.io',
  ae: 'ae.webexconnect.io',
};

/** The workspace name of an org in a host name: lower-case letters, digits and dashes. */
export function connectWorkspaceSlug(orgName: string): string {
  return (
    orgName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 63)
      .replace(/-$/, '') || 'tenant'
  );
}

/** The Connect tenant URL of an org whose tenant lives in `dataCenter`. */
export function connectTenantUrl(orgName: string, dataCenter: DataCenter): string {
  return `https://${connectWorkspaceSlug(orgName)}.${CONNECT_HOSTS[dataCenter]}`;
}
