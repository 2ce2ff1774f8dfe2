import { describe, expect, it } from 'vitest';
import { adminPackageOf, adminPackageRefusal, PACKAGE_LEVELS, packageLevel } from './admin-package.js';

describe('the customer package level its admins hold (DOMAIN §3, decisions/0020)', () => {
  it('is the highest ordered package with a quantity', () => {
    expect(adminPackageOf({ webex_calling: 10, webex_suite: 5, webex_meetings: 50 })).toBe('webex_suite');
    expect(adminPackageOf({ webex_calling: 10, webex_suite: 0 })).toBe('webex_calling');
    expect(adminPackageOf({ cx_premium_agent: 5, common_area_calling: 3 })).toBeNull();
    expect(adminPackageOf({})).toBeNull();
  });

  it('ranks the user packages, and only them', () => {
    expect(PACKAGE_LEVELS.map(packageLevel)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(packageLevel('common_area_calling')).toBeNull();
    expect(packageLevel('cx_premium_agent')).toBeNull();
    expect(packageLevel('attendant_console')).toBeNull();
  });

  it("refuses the full admin anything below the customer's level: a downgrade, with a reason and field", () => {
    expect(adminPackageRefusal('webex_suite', 'full_admin', 'webex_calling', 'packages')).toEqual({
      code: 'admin_package_downgrade',
      field: 'packages',
      message:
        "The customer's full admin holds the customer's package level (webex_suite); webex_calling is below it and downgrading is not supported.",
    });
    expect(adminPackageRefusal('webex_suite', 'full_admin', 'cx_standard_agent')).toMatchObject({
      code: 'admin_package_downgrade',
    });
  });

  it('lets an admin keep the level or move up, and leaves other users alone', () => {
    expect(adminPackageRefusal('webex_calling', 'full_admin', 'webex_calling')).toBeNull();
    expect(adminPackageRefusal('webex_calling', 'full_admin', 'webex_suite')).toBeNull();
    expect(adminPackageRefusal('webex_suite', null, 'webex_voice')).toBeNull();
  });

  it('other admins get admin_package_level below it', () => {
    expect(adminPackageRefusal('webex_suite', 'read_only_admin', 'webex_meetings')).toMatchObject({
      code: 'admin_package_level',
      field: 'package',
    });
  });
});
