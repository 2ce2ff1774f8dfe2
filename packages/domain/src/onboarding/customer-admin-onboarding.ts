import { type AccountState, ONBOARDING_MILESTONES, type OnboardingMilestone } from '../vocabulary.js';

/**
 * DOMAIN §1.1: welcome e-mail sent → Get started → password set (Save and sign in) → terms of
 * service accepted. The steps done so far, always a prefix of ONBOARDING_MILESTONES.
 */
export interface OnboardingState {
  readonly completed: readonly OnboardingMilestone[];
}

export const ONBOARDING_NOT_STARTED: OnboardingState = { completed: [] };

export type OnboardingResult =
  | { readonly state: OnboardingState }
  | { readonly error: { readonly code: 'step_out_of_order'; readonly message: string } };

/** The step the admin must do next, or `null` when the account is active. */
export function nextOnboardingStep(state: OnboardingState): OnboardingMilestone | null {
  return ONBOARDING_MILESTONES[state.completed.length] ?? null;
}

/** Record a step; only the next one may be done (doing a done step again changes nothing). */
export function completeOnboardingStep(state: OnboardingState, step: OnboardingMilestone): OnboardingResult {
  if (state.completed.includes(step)) return { state };
  const expected = nextOnboardingStep(state);
  if (step !== expected) {
    return { error: { code: 'step_out_of_order', message: `"${step}" comes after "${expected}".` } };
  }
  return { state: { completed: [...state.completed, step] } };
}

/** "Until all four are done the account is not active." */
export function isAccountActive(state: OnboardingState): boolean {
  return nextOnboardingStep(state) === null;
}

/**
 * §1.4: the Connect invitation is followed only after the provider's Get started, which creates
 * the user account.
 */
export function mayFollowConnectInvitation(state: OnboardingState): boolean {
  return state.completed.includes('get_started');
}

/**
 * Whether the account may use Control Hub (decision 0028): an admin's deactivation wins, then the
 * activation of the welcome e-mail (all four steps) decides.
 */
export function accountStateOf(state: OnboardingState, deactivated: boolean): AccountState {
  if (deactivated) return 'deactivated';
  return isAccountActive(state) ? 'active' : 'not_activated';
}
