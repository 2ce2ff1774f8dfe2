import { plural } from '../../plural.js';

// The admin role editor (DOMAIN §2): users, admin roles, contact-center licenses, external admins.
const messages = {
  'roles.title': 'Users and administrators',
  'roles.notConfigured': 'Connect the role editor to the Onramp API and choose a customer organization.',
  'roles.search': 'Search by name or e-mail',
  'roles.filter': 'Show',
  'roles.filter.all': 'All users',
  'roles.filter.administrators': 'Administrators',
  'roles.filter.external_admins': 'All external admins',
  'roles.count': (p: { count: number }) => plural('en', p.count, { one: '# user', other: '# users' }),
  'roles.empty': 'No users match.',
  'roles.column.user': 'User',
  'roles.column.status': 'Status',
  'roles.column.license': 'Contact-center license',
  'roles.column.role': 'Admin role',
  'roles.loadingRow': 'Loading…',
  'roles.manage': (p: { name: string }) => `Manage ${p.name}`,
  'roles.externalOf': (p: { org: string }) => `External: ${p.org}`,
  'roles.status.verified': 'Verified',
  'roles.status.unverified': 'Not verified',
  'roles.role.none': 'No admin role',
  'roles.role.full_admin': 'Full admin',
  'roles.role.service_admin': 'Contact-center service admin',
  'roles.role.provisioning_admin': 'Provisioning admin',
  'roles.role.read_only_admin': 'Read-only admin',
  'roles.license.none': 'No contact-center license',
  'roles.editor.role': 'Admin role',
  'roles.editor.license': 'Contact-center license',
  'roles.editor.applyRole': 'Change role',
  'roles.editor.applyLicense': 'Change license',
  'roles.editor.resend': 'Resend invitation',
  'roles.editor.resent': (p: { email: string }) => `The invitation was sent again to ${p.email}.`,
  'roles.editor.readOnlyLicense': 'Only users of the customer organization hold its licenses.',
  'roles.confirm.role': (p: { name: string; role: string }) =>
    `Change the admin role of ${p.name} to “${p.role}”?`,
  'roles.confirm.license': (p: { name: string; license: string }) =>
    `Change the contact-center license of ${p.name} to “${p.license}”?`,
  'roles.confirm.apply': 'Apply',
  'roles.changed.role': (p: { name: string; role: string }) => `${p.name} is now: ${p.role}.`,
  'roles.changed.license': (p: { name: string; license: string }) => `${p.name} now has: ${p.license}.`,
  'roles.stale':
    'Someone else changed this user meanwhile. The latest values are shown: review them and try again.',
  'roles.warning.standard_license_agent_only':
    'This user has a Contact Center Standard license: as a full admin they can only sign in to Agent Desktop, not to the management portal.',
  'roles.addExternal': 'Add external admin',
  'roles.addExternal.email': 'E-mail of the external user',
  'roles.addExternal.help':
    'The user of another organization gets the contact-center service-admin role here.',
  'roles.addExternal.submit': 'Add as service admin',
  'roles.addExternal.added': (p: { email: string }) => `${p.email} is now a contact-center service admin.`,
  'roles.addExternal.notFound': 'No user has this e-mail.',
  'roles.addExternal.already_admin': 'This user already holds an admin role in this organization.',
  'roles.addExternal.not_external_user': 'This is a user of this organization, not an external user.',
  'roles.addExternal.invalid': 'Enter a valid e-mail address.',
  'reason.no_relation': 'Your organization has no relation to this customer organization.',
  'reason.role_not_applicable': 'This admin role cannot be held by a user of this organization.',
  'reason.read_only': 'Read-only admins can view but cannot change anything.',
  'reason.read_only_no_service_access':
    'A read-only admin of the customer organization has no access to the contact-center service.',
  'reason.standard_license_agent_only':
    'A full admin with a Contact Center Standard license can only sign in to Agent Desktop.',
  'reason.user_management_not_allowed':
    'Service admins and provisioning admins cannot add, remove, activate or deactivate users.',
  'reason.insufficient_role': 'Your admin role does not allow this.',
  'reason.service_admin_assigns_only_service_admin':
    'A contact-center service admin can assign or revoke only the service-admin role.',
  'reason.external_service_admin_customer_users_only':
    'An external service admin can give the service-admin role only to users of the customer organization.',
  'reason.target_org_has_contact_center': "The user's organization already has the contact-center service.",
  'reason.target_partner_has_provisioning_access':
    "The user's organization is a partner with provisioning access to this customer.",
  'reason.role_exclusive': 'A user can hold only one of full admin, service admin and read-only admin.',
  'reason.last_full_admin': 'The last full admin of the organization cannot lose the role.',
  'reason.admin_package_downgrade': "The package of the customer's full admin cannot be downgraded.",
  'reason.setup_wizard_not_allowed': 'You are not allowed to open the services setup wizard.',
  'reason.partner_only': 'Only partner-organization admins can do this.',
} as const;

export default messages;
