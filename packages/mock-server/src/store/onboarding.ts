import type { StoredOnboarding } from './types.js';

/** A new admin's onboarding: the welcome e-mail was sent at `at`, no other step is done yet. */
export function welcomeEmailSent(at: number): StoredOnboarding {
  return { completed: ['welcome_email_sent'], welcomeEmailSentAt: at, at: { welcome_email_sent: at } };
}
