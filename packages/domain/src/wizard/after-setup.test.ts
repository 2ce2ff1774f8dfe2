import { describe, expect, it } from 'vitest';
import { actor } from '../../test/fixtures.js';
import type { AdminRole, DenialReason, OrgRelation, Platform } from '../vocabulary.js';
import {
  PLATFORM_DETAILS_LABELS,
  type TenantSetupConflict,
  type TenantSetupFacts,
  tenantSetupDecision,
  tenantSetupRequired,
} from './after-setup.js';
import { tenantSetupChatRefusal, tenantSetupPerformers } from './tenant-chat.js';

const classic: TenantSetupFacts = { setupCompleted: true, platform: '1.0', done: null };
const outcome = (decision: ReturnType<typeof tenantSetupDecision>) =>
  decision.allowed ? 'allowed' : 'conflict' in decision ? decision.conflict : decision.reason;

describe('after the wizard (DOMAIN §1.2)', () => {
  it('"Webex Contact Center platform details" reads 1.0 or new platform', () => {
    expect(PLATFORM_DETAILS_LABELS).toEqual({ '1.0': '1.0', new_platform: 'new platform' });
  });

  it.each<[Platform, boolean, OrgRelation[]]>([
    ['1.0', false, ['customer', 'partner']],
    ['1.0', true, ['customer']],
    ['new_platform', false, []],
    ['new_platform', true, []],
  ])('"Set up Webex Contact Center" on %s (chat: %s) is performed by %j', (platform, needsChat, expected) => {
    expect(tenantSetupPerformers(platform, needsChat)).toEqual(expected);
  });
});

describe('"Set up Webex Contact Center" is required (seed 000: "Настройка Webex контакт-центра")', () => {
  it.each<[string, TenantSetupFacts, boolean]>([
    ['1.0, wizard completed, not run', classic, true],
    ['1.0, run without chat', { ...classic, done: { chat: false } }, false],
    ['1.0, run with chat', { ...classic, done: { chat: true } }, false],
    ['1.0, wizard not completed', { ...classic, setupCompleted: false }, false],
    ['new platform', { ...classic, platform: 'new_platform' }, false],
    ['no platform yet', { setupCompleted: false, platform: null, done: null }, false],
  ])('%s: %s', (_, facts, required) => {
    expect(tenantSetupRequired(facts)).toBe(required);
  });
});

describe('who may run it, and when (seed 000, decisions/0042)', () => {
  it.each<[AdminRole, OrgRelation, boolean, string]>([
    ['full_admin', 'customer', false, 'allowed'],
    ['full_admin', 'customer', true, 'allowed'],
    ['full_admin', 'partner', false, 'allowed'],
    ['provisioning_admin', 'partner', false, 'allowed'],
    // "убедитесь, что администратор пользователя …": chat is the customer admin's.
    ['full_admin', 'partner', true, 'chat_requires_customer_admin'],
    ['provisioning_admin', 'partner', true, 'chat_requires_customer_admin'],
    // The wizard's follow-up: whoever cannot open the wizard cannot run it.
    ['service_admin', 'customer', false, 'setup_wizard_not_allowed'],
    ['service_admin', 'external', true, 'setup_wizard_not_allowed'],
    ['read_only_admin', 'partner', false, 'setup_wizard_not_allowed'],
    ['read_only_admin', 'customer', false, 'read_only_no_service_access'],
  ])('%s of the %s org, chat %s: %s', (role, relation, chat, expected) => {
    expect(outcome(tenantSetupDecision(actor(role, relation), classic, { chat }))).toBe(expected);
  });

  it('an account not activated is refused before the tenant is looked at', () => {
    const notActive = { ...actor('full_admin', 'customer'), account: 'not_activated' as const };
    expect(
      outcome(tenantSetupDecision(notActive, { ...classic, platform: 'new_platform' }, { chat: false })),
    ).toBe('account_not_activated');
  });

  it.each<[string, TenantSetupFacts, boolean, TenantSetupConflict | 'allowed']>([
    ['the wizard has not completed', { ...classic, setupCompleted: false }, false, 'setup_not_completed'],
    [
      'the tenant is on the new platform',
      { ...classic, platform: 'new_platform' },
      false,
      'classic_platform_only',
    ],
    ['it ran with chat', { ...classic, done: { chat: true } }, true, 'tenant_already_set_up'],
    [
      'it ran, and chat is not asked for',
      { ...classic, done: { chat: false } },
      false,
      'tenant_already_set_up',
    ],
    [
      'it ran without chat, and chat is asked for now',
      { ...classic, done: { chat: false } },
      true,
      'allowed',
    ],
  ])('when %s: %s', (_, facts, chat, expected) => {
    expect(outcome(tenantSetupDecision(actor('full_admin', 'customer'), facts, { chat }))).toBe(expected);
  });

  it('a partner adding chat after its own run hears the chat rule, not "already set up"', () => {
    const facts = { ...classic, done: { chat: false } };
    expect(outcome(tenantSetupDecision(actor('full_admin', 'partner'), facts, { chat: true }))).toBe(
      'chat_requires_customer_admin',
    );
  });

  it.each<[OrgRelation | null, boolean, DenialReason | 'allowed']>([
    ['customer', true, 'allowed'],
    ['customer', false, 'allowed'],
    ['partner', false, 'allowed'],
    ['partner', true, 'chat_requires_customer_admin'],
    ['external', true, 'chat_requires_customer_admin'],
    ['external', false, 'no_relation'],
    [null, true, 'no_relation'],
  ])('the chat rule alone, for the %s org with chat %s: %s', (relation, chat, expected) => {
    expect(tenantSetupChatRefusal(relation, chat) ?? 'allowed').toBe(expected);
  });
});
