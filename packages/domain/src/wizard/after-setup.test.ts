import { describe, expect, it } from 'vitest';
import type { OrgRelation, Platform } from '../vocabulary.js';
import { PLATFORM_DETAILS_LABELS, tenantSetupPerformers } from './after-setup.js';

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
