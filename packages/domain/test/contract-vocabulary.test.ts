import * as contract from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import * as domain from '../src/vocabulary.js';

// The domain's enums are the contract's runtime lists (src/vocabulary.ts re-exports them); what is
// checked here are the lists the domain adds, against the contract they must fit in.
// Not paired: the domain's ONBOARDING_MILESTONES are the milestones an admin has *completed*
// (welcome_email_sent … terms_accepted); the contract's OnboardingMilestone is the *next* step to take
// (get_started … done). The mock server maps one onto the other.

describe('the domain vocabulary is the contract vocabulary', () => {
  it('every exclusive admin role is an admin role of the contract, and the partner-only one is not', () => {
    for (const role of domain.EXCLUSIVE_ADMIN_ROLES) expect(contract.adminRoleValues).toContain(role);
    expect(domain.EXCLUSIVE_ADMIN_ROLES).not.toContain('provisioning_admin');
  });

  it('every RPL review outcome is a review status of the contract', () => {
    for (const outcome of domain.RPL_REVIEW_OUTCOMES)
      expect(contract.rplReviewReviewStatusValues).toContain(outcome);
  });
});
