import type { ScreenContext } from '../context.js';

/** The countries offered for a trial (and for an order, besides its own). */
export const TRIAL_COUNTRIES = ['US', 'CA', 'GB', 'DE', 'FR', 'NL', 'AU', 'KW', 'IL', 'RO'];

/** A contact-center license in words; an unknown one as the server named it. */
export function licenseLabel(license: string, { t }: Pick<ScreenContext, 't'>): string {
  return license === 'cc_standard' || license === 'cc_premium' ? t(`license.${license}`) : license;
}
