import { describe, expect, it } from 'vitest';
import { actor } from '../../test/fixtures.js';
import { SUBSCRIPTION } from '../../test/setup-helpers.js';
import type { AdminRole, OrgRelation, SetupStatus, SetupStep } from '../vocabulary.js';
import { resumeStep, shouldShowSetupWizard, tenantDataCenter } from './setup-access.js';
import { EMPTY_ANSWERS, type SetupState } from './setup-state.js';

const inProgress: SetupState = { status: 'in_progress', step: 'platform', answers: EMPTY_ANSWERS };
const completed: SetupState = { status: 'completed', step: 'summary_download', answers: EMPTY_ANSWERS };

describe('who sees the setup wizard (DOMAIN §1.1, §2.3)', () => {
  it.each<[AdminRole, OrgRelation, boolean]>([
    ['full_admin', 'customer', true],
    ['full_admin', 'partner', true],
    ['provisioning_admin', 'partner', true],
    ['full_admin', 'external', false],
    ['service_admin', 'customer', false],
    ['service_admin', 'external', false],
    ['read_only_admin', 'partner', false],
    ['read_only_admin', 'customer', false],
  ])('%s of the %s org: %s, until setup completes', (role, relation, expected) => {
    expect(shouldShowSetupWizard(actor(role, relation), inProgress)).toBe(expected);
    expect(shouldShowSetupWizard(actor(role, relation), completed)).toBe(false);
  });

  it('a full admin with a Standard license does not see it', () => {
    expect(shouldShowSetupWizard(actor('full_admin', 'customer', ['cc_standard']), inProgress)).toBe(false);
  });
});

describe('resumeStep', () => {
  const complete = {
    country: 'GB',
    countryConfirmed: true,
    timeZone: 'Europe/London',
    platform: '1.0',
    telephony: 'webex_calling',
  } as const;

  it.each<[SetupStatus, SetupStep, SetupStep]>([
    ['not_started', 'summary', 'summary'],
    ['in_progress', 'telephony', 'telephony'],
    ['failed', 'review', 'review'],
    ['provisioning', 'provisioning', 'provisioning'],
    ['completed', 'summary_download', 'summary_download'],
  ])('%s at %s resumes at %s', (status, step, expected) => {
    expect(resumeStep({ status, step, answers: complete }, SUBSCRIPTION)).toBe(expected);
  });

  it('resumes at an earlier step whose answer is missing', () => {
    const state: SetupState = {
      status: 'in_progress',
      step: 'review',
      answers: { ...complete, platform: null },
    };
    expect(resumeStep(state, SUBSCRIPTION)).toBe('platform');
  });

  it('with CCAI the missing time zone is not a reason to go back', () => {
    const state: SetupState = {
      status: 'in_progress',
      step: 'review',
      answers: { ...complete, timeZone: null },
    };
    expect(resumeStep(state, { ...SUBSCRIPTION, ccai: true })).toBe('review');
    expect(resumeStep(state, SUBSCRIPTION)).toBe('time_zone');
  });
});

describe('tenantDataCenter: data locality', () => {
  it('is the data center serving the saved country', () => {
    expect(tenantDataCenter({ ...inProgress, answers: { ...EMPTY_ANSWERS, country: 'NZ' } })).toBe('au');
    expect(tenantDataCenter(inProgress)).toBeNull();
  });
});
