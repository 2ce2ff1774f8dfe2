import type { ScreenContext } from '../context.js';

/** A contact-center license in words; an unknown one as the server named it. */
export function licenseLabel(license: string, { t }: Pick<ScreenContext, 't'>): string {
  return license === 'cc_standard' || license === 'cc_premium' ? t(`license.${license}`) : license;
}
