import { ALLOWED, type Allowed, type Denied, deny } from '../decision.js';
import type { Actor } from '../permissions/actors.js';
import { can } from '../permissions/can.js';
import type { Platform } from '../vocabulary.js';
import { tenantSetupChatRefusal } from './tenant-chat.js';

/** The field "Webex Contact Center platform details" in Settings › General › Service details. */
export const PLATFORM_DETAILS_LABELS: Readonly<Record<Platform, string>> = {
  '1.0': '1.0',
  new_platform: 'new platform',
};

/** What the org's tenant looks like to "Set up Webex Contact Center". */
export interface TenantSetupFacts {
  /** The services setup wizard completed (provisioning finished successfully). */
  readonly setupCompleted: boolean;
  readonly platform: Platform | null;
  /** The action ran already, and whether it set up chat services; `null` if it never ran. */
  readonly done: { readonly chat: boolean } | null;
}

/** The states in which the action cannot run, whoever asks (409s on the wire). */
export type TenantSetupConflict = 'setup_not_completed' | 'classic_platform_only' | 'tenant_already_set_up';

export interface TenantSetupConflictResult {
  readonly allowed: false;
  readonly conflict: TenantSetupConflict;
  readonly message: string;
}

export const TENANT_SETUP_CONFLICT_MESSAGES: Readonly<Record<TenantSetupConflict, string>> = {
  setup_not_completed:
    'The services setup has not completed yet: "Set up Webex Contact Center" follows it (DOMAIN §1.2).',
  classic_platform_only:
    '"Set up Webex Contact Center" is an action of the 1.0 platform only; this tenant is on the new platform (DOMAIN §1.2).',
  tenant_already_set_up:
    'Webex Contact Center is set up already for this tenant (with chat services, if asked for) (DOMAIN §1.2).',
};

/**
 * Whether the action is still to be done, as Service details reports it: on the 1.0 platform,
 * once the wizard completed, until it ran (seed 000: "после этого настройка арендатора завершена").
 */
export function tenantSetupRequired(facts: TenantSetupFacts): boolean {
  return facts.setupCompleted && facts.platform === '1.0' && facts.done === null;
}

/**
 * May `actor` run "Set up Webex Contact Center" (with or without chat) now? In order: who may act
 * at all (those who open the setup wizard, whose follow-up this is: decisions/0042), the tenant's
 * state, then the chat rule. A run without chat may be followed by one with chat (the customer
 * admin adding chat after the partner's run); anything else after a run is `tenant_already_set_up`.
 */
export function tenantSetupDecision(
  actor: Actor,
  facts: TenantSetupFacts,
  request: { readonly chat: boolean },
): Allowed | Denied | TenantSetupConflictResult {
  const access = can(actor, 'open_setup_wizard');
  if (!access.allowed) return access;
  const conflict = tenantSetupConflict(facts, request.chat);
  if (conflict) return { allowed: false, conflict, message: TENANT_SETUP_CONFLICT_MESSAGES[conflict] };
  const chatRefusal = tenantSetupChatRefusal(actor.relation, request.chat);
  return chatRefusal ? deny(chatRefusal) : ALLOWED;
}

function tenantSetupConflict(facts: TenantSetupFacts, chat: boolean): TenantSetupConflict | null {
  if (!facts.setupCompleted) return 'setup_not_completed';
  if (facts.platform !== '1.0') return 'classic_platform_only';
  if (facts.done && (facts.done.chat || !chat)) return 'tenant_already_set_up';
  return null;
}
