import { describe, expect, it } from 'vitest';
import { actor } from '../../test/fixtures.js';
import { can } from '../permissions/can.js';
import type { OnboardingMilestone } from '../vocabulary.js';
import { ACTIONS } from '../vocabulary.js';
import {
  accountStateOf,
  completeOnboardingStep,
  isAccountActive,
  mayFollowConnectInvitation,
  nextOnboardingStep,
  ONBOARDING_NOT_STARTED,
  type OnboardingState,
} from './customer-admin-onboarding.js';

function through(...steps: OnboardingMilestone[]): OnboardingState {
  return steps.reduce((state, step) => {
    const result = completeOnboardingStep(state, step);
    if ('error' in result) throw new Error(result.error.message);
    return result.state;
  }, ONBOARDING_NOT_STARTED);
}

describe('customer admin onboarding (DOMAIN §1.1)', () => {
  it('goes welcome e-mail → Get started → password → terms, and only then is the account active', () => {
    const steps: OnboardingMilestone[] = [
      'welcome_email_sent',
      'get_started',
      'password_set',
      'terms_accepted',
    ];
    for (let done = 0; done < steps.length; done += 1) {
      const state = through(...steps.slice(0, done));
      expect(nextOnboardingStep(state)).toBe(steps[done]);
      expect(isAccountActive(state)).toBe(false);
    }
    expect(isAccountActive(through(...steps))).toBe(true);
    expect(nextOnboardingStep(through(...steps))).toBeNull();
  });

  it('no step may be skipped', () => {
    expect(completeOnboardingStep(through('welcome_email_sent'), 'password_set')).toMatchObject({
      error: { code: 'step_out_of_order' },
    });
    expect(completeOnboardingStep(ONBOARDING_NOT_STARTED, 'terms_accepted')).toMatchObject({
      error: { code: 'step_out_of_order' },
    });
  });

  it('doing a done step again (a resent e-mail) changes nothing', () => {
    const state = through('welcome_email_sent', 'get_started');
    expect(completeOnboardingStep(state, 'welcome_email_sent')).toEqual({ state });
  });

  it('the Connect invitation is followed only after Get started (§1.4)', () => {
    expect(mayFollowConnectInvitation(through('welcome_email_sent'))).toBe(false);
    expect(mayFollowConnectInvitation(through('welcome_email_sent', 'get_started'))).toBe(true);
  });
});

describe('no Control Hub access before activation, nor once deactivated (decision 0028)', () => {
  const steps: OnboardingMilestone[] = [
    'welcome_email_sent',
    'get_started',
    'password_set',
    'terms_accepted',
  ];
  it.each([1, 2, 3])('after %i of the 4 steps the account is not activated', (done) => {
    expect(accountStateOf(through(...steps.slice(0, done)), false)).toBe('not_activated');
  });
  it('after all four it is active; deactivation wins over activation', () => {
    expect(accountStateOf(through(...steps), false)).toBe('active');
    expect(accountStateOf(through(...steps), true)).toBe('deactivated');
    expect(accountStateOf(through('welcome_email_sent'), true)).toBe('deactivated');
  });
  it('every action of a full admin is refused until the account is active', () => {
    for (const account of ['not_activated', 'deactivated'] as const) {
      const admin = { ...actor('full_admin', 'customer'), account };
      for (const action of ACTIONS)
        expect(can(admin, action)).toMatchObject({ allowed: false, reason: `account_${account}` });
    }
    const active = { ...actor('full_admin', 'customer'), account: 'active' as const };
    expect(can(active, 'open_setup_wizard').allowed).toBe(true);
  });
});
