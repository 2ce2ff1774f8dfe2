import { describe, expect, it } from 'vitest';
import type { OnboardingStep } from '../vocabulary.js';
import {
  completeOnboardingStep,
  isAccountActive,
  mayFollowConnectInvitation,
  nextOnboardingStep,
  ONBOARDING_NOT_STARTED,
  type OnboardingState,
} from './customer-admin-onboarding.js';

function through(...steps: OnboardingStep[]): OnboardingState {
  return steps.reduce((state, step) => {
    const result = completeOnboardingStep(state, step);
    if ('error' in result) throw new Error(result.error.message);
    return result.state;
  }, ONBOARDING_NOT_STARTED);
}

describe('customer admin onboarding (DOMAIN §1.1)', () => {
  it('goes welcome e-mail → Get started → password → terms, and only then is the account active', () => {
    const steps: OnboardingStep[] = ['welcome_email_sent', 'get_started', 'password_set', 'terms_accepted'];
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
