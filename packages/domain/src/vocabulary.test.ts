import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ADMIN_ROLES,
  CALL_IN_LOCATIONS,
  CONNECT_ROLES,
  CUSTOMER_STATUSES,
  DATA_CENTERS,
  DENIAL_REASONS,
  EXCLUSIVE_ADMIN_ROLES,
  isOneOf,
  LICENSES,
  ORG_RELATIONS,
  PLATFORMS,
  REGIONS,
  SETUP_STATUSES,
  SETUP_STEPS,
  TELEPHONY_OPTIONS,
  WHOLESALE_PACKAGES,
} from './vocabulary.js';

// The expected values are typed out from decisions/0003-domain-vocabulary.md and the real
// wholesale API, so that a rename here fails until the contract is renamed too.
describe('vocabulary (decision 0003)', () => {
  it.each([
    ['OrgRelation', ORG_RELATIONS, ['customer', 'partner', 'external']],
    ['AdminRole', ADMIN_ROLES, ['full_admin', 'service_admin', 'provisioning_admin', 'read_only_admin']],
    ['exclusive roles', EXCLUSIVE_ADMIN_ROLES, ['full_admin', 'service_admin', 'read_only_admin']],
    ['License', LICENSES, ['cc_standard', 'cc_premium']],
    [
      'Action',
      ACTIONS,
      [
        'view_service',
        'manage_service',
        'add_user',
        'remove_user',
        'activate_user',
        'edit_user_details',
        'send_activation_email',
        'edit_licenses',
        'assign_role',
        'revoke_role',
        'add_external_admin',
        'view_users',
        'view_admin',
        'view_external_admins',
        'import_users_csv',
        'open_setup_wizard',
        'start_trial',
        'map_order',
        'manage_wholesale',
      ],
    ],
    [
      'DenialReason (403 reasons; not_signed_in is a 401)',
      DENIAL_REASONS,
      [
        'account_not_activated',
        'account_deactivated',
        'no_relation',
        'role_not_applicable',
        'read_only',
        'read_only_no_service_access',
        'standard_license_agent_only',
        'user_management_not_allowed',
        'insufficient_role',
        'service_admin_assigns_only_service_admin',
        'external_service_admin_customer_users_only',
        'target_org_has_contact_center',
        'target_partner_has_provisioning_access',
        'role_exclusive',
        'last_full_admin',
        'admin_package_downgrade',
        'setup_wizard_not_allowed',
        'partner_only',
        'chat_requires_customer_admin',
      ],
    ],
    [
      'SetupStep',
      SETUP_STEPS,
      [
        'summary',
        'calling',
        'country',
        'time_zone',
        'platform',
        'telephony',
        'review',
        'provisioning',
        'summary_download',
      ],
    ],
    ['SetupStatus', SETUP_STATUSES, ['not_started', 'in_progress', 'provisioning', 'completed', 'failed']],
    ['Platform', PLATFORMS, ['1.0', 'new_platform']],
    [
      'TelephonyOption',
      TELEPHONY_OPTIONS,
      ['webex_calling', 'third_party_via_webex_calling', 'third_party_via_vpop'],
    ],
    ['Region', REGIONS, ['north_america', 'emea', 'latam', 'apjc', 'gulf', 'southern_africa']],
    ['DataCenter', DATA_CENTERS, ['us', 'eu', 'ca', 'uk', 'jp', 'au', 'sg', 'sa', 'ae']],
    [
      'CustomerStatus',
      CUSTOMER_STATUSES,
      [
        'provisioned',
        'provisioned_with_errors',
        'provisioning',
        'updating',
        'deleting',
        'error',
        'pending_rpl_review',
      ],
    ],
    [
      'WholesalePackage',
      WHOLESALE_PACKAGES,
      [
        'common_area_calling',
        'webex_calling',
        'webex_meetings',
        'webex_suite',
        'webex_voice',
        'cx_essentials',
        'webex_calling_standard',
        'cisco_calling_plan',
        'attendant_console',
        'cx_premium_agent',
        'cx_standard_agent',
        'cx_voice_ports',
        'cx_ai_assistant',
        'webex_ai_agent',
      ],
    ],
    [
      'ConnectRole',
      CONNECT_ROLES,
      ['tenant_owner', 'all_access', 'limited', 'read_only', 'restricted_access'],
    ],
    ['CallInLocation', CALL_IN_LOCATIONS, ['AMER', 'APAC', 'ANZ', 'EMEA', 'EURO']],
  ])('%s has exactly the agreed values', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('isOneOf accepts members only, and only strings', () => {
    expect(isOneOf(REGIONS, 'gulf')).toBe(true);
    expect(isOneOf(REGIONS, 'GULF')).toBe(false);
    expect(isOneOf(REGIONS, 42)).toBe(false);
    expect(isOneOf(REGIONS, undefined)).toBe(false);
  });
});
