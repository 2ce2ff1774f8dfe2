import * as contract from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import * as domain from '../src/vocabulary.js';

// The domain declares its vocabulary as literal tuples (so its types stay precise and it needs no
// generated code at run time); this proves each one is exactly the contract's enum, so the two
// cannot drift. The contract is the source of truth: change openapi.yaml first.
const pairs: Array<[string, readonly string[], readonly string[]]> = [
  ['OrgKind', domain.ORG_KINDS, contract.orgKindValues],
  ['OrgRelation', domain.ORG_RELATIONS, contract.orgRelationValues],
  ['AdminRole', domain.ADMIN_ROLES, contract.adminRoleValues],
  ['License', domain.LICENSES, contract.licenseValues],
  ['UserStatus', domain.USER_STATUSES, contract.userStatusValues],
  ['Action', domain.ACTIONS, contract.actionValues],
  ['DenialReason', domain.DENIAL_REASONS, contract.denialReasonValues],
  ['SetupStep', domain.SETUP_STEPS, contract.setupStepValues],
  ['SetupStatus', domain.SETUP_STATUSES, contract.setupStatusValues],
  ['Platform', domain.PLATFORMS, contract.platformValues],
  ['TelephonyOption', domain.TELEPHONY_OPTIONS, contract.telephonyOptionValues],
  ['Region', domain.REGIONS, contract.regionValues],
  ['DataCenter', domain.DATA_CENTERS, contract.dataCenterValues],
  ['CustomerStatus', domain.CUSTOMER_STATUSES, contract.customerStatusValues],
  ['WholesalePackagesCustomer', domain.WHOLESALE_PACKAGES, contract.wholesalePackageValues],
  ['RplReview.result', domain.RPL_RESULTS, contract.rplReviewResultValues],
  ['CallInLocation', domain.CALL_IN_LOCATIONS, contract.callInLocationValues],
  ['ConnectRole', domain.CONNECT_ROLES, contract.connectRoleValues],
];

// Not paired: the domain's ONBOARDING_STEPS are the milestones an admin has *completed*
// (welcome_email_sent … terms_accepted); the contract's OnboardingStep is the *next* step to take
// (get_started … done). The mock server maps one onto the other.

describe('the domain vocabulary is the contract vocabulary', () => {
  it.each(pairs)('%s', (_name, mine, theirs) => {
    expect([...mine].sort()).toEqual([...theirs].sort());
  });

  it('every RPL review outcome is a review status of the contract', () => {
    for (const outcome of domain.RPL_REVIEW_OUTCOMES)
      expect(contract.rplReviewReviewStatusValues).toContain(outcome);
  });
});
