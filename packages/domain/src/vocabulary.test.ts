import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ADMIN_ROLES,
  DENIAL_REASONS,
  isOneOf,
  ONBOARDING_MILESTONES,
  REGIONS,
  SETUP_ERROR_CODES,
  SETUP_STEPS,
  WHOLESALE_PACKAGES,
} from './vocabulary.js';

// The enums shared with the wire are the contract's own lists (one source: openapi.yaml); the
// domain's own lists are checked for what they promise.
describe('vocabulary (decision 0003)', () => {
  it('lists each value once', () => {
    for (const list of [
      ACTIONS,
      ADMIN_ROLES,
      DENIAL_REASONS,
      SETUP_STEPS,
      SETUP_ERROR_CODES,
      WHOLESALE_PACKAGES,
    ])
      expect(new Set(list).size).toBe(list.length);
  });

  it('keeps the wizard steps in the order the seed walks them', () => {
    expect(SETUP_STEPS.indexOf('country')).toBeLessThan(SETUP_STEPS.indexOf('time_zone'));
    expect(SETUP_STEPS.indexOf('review')).toBeLessThan(SETUP_STEPS.indexOf('provisioning'));
    expect(SETUP_STEPS.at(-1)).toBe('summary_download');
  });

  it('has the admin onboarding milestones in order (DOMAIN §1.1)', () => {
    expect(ONBOARDING_MILESTONES).toEqual([
      'welcome_email_sent',
      'get_started',
      'password_set',
      'terms_accepted',
    ]);
  });

  it('isOneOf accepts members only, and only strings', () => {
    expect(isOneOf(REGIONS, 'gulf')).toBe(true);
    expect(isOneOf(REGIONS, 'GULF')).toBe(false);
    expect(isOneOf(REGIONS, 42)).toBe(false);
    expect(isOneOf(REGIONS, undefined)).toBe(false);
  });
});
