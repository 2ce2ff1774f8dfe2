import type { DenialReason, OrgRelation, Platform } from '../vocabulary.js';

// Apart from the rest of "Set up Webex Contact Center" (after-setup.ts), so a UI that only asks the
// chat rule before the click does not bundle the permission rules and their messages.

/**
 * Who may run "Set up Webex Contact Center" after the wizard (DOMAIN §1.2): an action of the 1.0
 * platform only, which the customer admin (not the partner) must perform when chat is needed.
 * Seed 000 ("Настроить Cisco Webex Contact Center"): "Если заказчику требуется … сервисов чата …,
 * убедитесь, что администратор пользователя войдет на эту страницу и щелкнет …".
 */
export function tenantSetupPerformers(platform: Platform, needsChat: boolean): readonly OrgRelation[] {
  if (platform !== '1.0') return [];
  return needsChat ? ['customer'] : ['customer', 'partner'];
}

/**
 * The chat rule alone, as a refusal code or `null` when the actor's org may run it: with chat,
 * only the customer org. The wizard asks it before the click with the relation from the effective
 * permissions; the server asks it again (`tenantSetupDecision`).
 */
export function tenantSetupChatRefusal(
  relation: OrgRelation | null,
  chat: boolean,
): Extract<DenialReason, 'chat_requires_customer_admin' | 'no_relation'> | null {
  if (relation !== null && tenantSetupPerformers('1.0', chat).includes(relation)) return null;
  return chat && relation !== null ? 'chat_requires_customer_admin' : 'no_relation';
}
