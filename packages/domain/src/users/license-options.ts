import type { License, Platform } from '../vocabulary.js';

/**
 * Decision 0006: the contact-center licenses each platform offers in "Edit licenses" (DOMAIN §2.3:
 * "the license options differ between the 1.0 and the new platform"). Both platforms sell both
 * agent tiers; they name them differently (see the role editor's catalogue).
 */
export const LICENSE_OPTIONS_BY_PLATFORM: Readonly<Record<Platform, readonly License[]>> = {
  '1.0': ['cc_standard', 'cc_premium'],
  new_platform: ['cc_standard', 'cc_premium'],
};

/** Before the setup wizard completes there is no platform, hence no contact-center license to give. */
export function licenseOptionsFor(platform: Platform | null): readonly License[] {
  return platform === null ? [] : LICENSE_OPTIONS_BY_PLATFORM[platform];
}

export interface LicenseRefusal {
  readonly reason: 'license_not_offered';
  readonly message: string;
}

/**
 * May a user holding `current` be given `next` on this platform? Taking a license away, or keeping
 * the one held, is always possible; a new one must be among the platform's options.
 */
export function licenseChangeRefusal(
  platform: Platform | null,
  current: License | null,
  next: License | null,
): LicenseRefusal | null {
  if (next === null || next === current || licenseOptionsFor(platform).includes(next)) return null;
  return {
    reason: 'license_not_offered',
    message:
      platform === null
        ? 'No contact-center license can be given before the services setup has completed (no platform yet).'
        : `The ${platform === '1.0' ? '1.0' : 'new'} platform does not offer the license ${next}.`,
  };
}
