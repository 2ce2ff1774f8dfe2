import type { WholesalePackage } from '../vocabulary.js';

/** The services of a customer org, as the contract's `ServiceType` names them. */
export type EntitledService = 'calling' | 'meetings' | 'messaging' | 'contact_center';

/**
 * What each package entitles its users to (DOMAIN §3.1: "messaging, meetings and calling services").
 * Every package includes Webex messaging; add-ons add nothing on their own.
 */
export const PACKAGE_SERVICES: Readonly<Record<WholesalePackage, readonly EntitledService[]>> = {
  webex_suite: ['messaging', 'meetings', 'calling'],
  webex_calling: ['messaging', 'calling'],
  webex_calling_standard: ['messaging', 'calling'],
  webex_voice: ['messaging', 'calling'],
  common_area_calling: ['calling'],
  webex_meetings: ['messaging', 'meetings'],
  cx_essentials: ['messaging', 'calling', 'contact_center'],
  cx_premium_agent: ['messaging', 'contact_center'],
  cx_standard_agent: ['messaging', 'contact_center'],
  cx_voice_ports: ['contact_center'],
  cx_ai_assistant: ['contact_center'],
  webex_ai_agent: ['contact_center'],
  attendant_console: [],
  cisco_calling_plan: [],
};

const ORDER: readonly EntitledService[] = ['contact_center', 'calling', 'meetings', 'messaging'];

/** The services a customer org with these packages has, each once, in a stable order. */
export function servicesOfPackages(packages: readonly WholesalePackage[]): EntitledService[] {
  const services = new Set(packages.flatMap((name) => PACKAGE_SERVICES[name]));
  return ORDER.filter((service) => services.has(service));
}
