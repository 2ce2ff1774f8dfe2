import type { OrgRelation, Platform } from '../vocabulary.js';

/** The field "Webex Contact Center platform details" in Settings › General › Service details. */
export const PLATFORM_DETAILS_LABELS: Readonly<Record<Platform, string>> = {
  '1.0': '1.0',
  new_platform: 'new platform',
};

/**
 * Who may run "Set up Webex Contact Center" after the wizard (DOMAIN §1.2): an action of the 1.0
 * platform only, which the customer admin (not the partner) must perform when chat is needed.
 */
export function tenantSetupPerformers(platform: Platform, needsChat: boolean): readonly OrgRelation[] {
  if (platform !== '1.0') return [];
  return needsChat ? ['customer'] : ['customer', 'partner'];
}
