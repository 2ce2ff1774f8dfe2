import type { EntitledService } from '../wholesale/package-services.js';

/**
 * The org has an active Webex Calling subscription, which the `webex_calling` telephony option
 * needs (DOMAIN §1.3): Webex Calling is among its services (its trial's, orders' or packages').
 */
export const hasWebexCalling = (org: { readonly services: readonly EntitledService[] }): boolean =>
  org.services.includes('calling');
