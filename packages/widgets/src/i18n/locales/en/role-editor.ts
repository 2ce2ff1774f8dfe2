import { plural } from '../../plural.js';

// The admin role editor (DOMAIN §2): users, admin roles, contact-center licenses, external admins.
const messages = {
  'roles.title': 'Users and administrators',
  'roles.notConfigured': 'Set a client (or base-url and token) and an org-id.',
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
  'roles.listKeys': 'Arrows, Page Up/Down, Home and End move between users; Enter opens one.',
  'roles.manage': (p: { name: string }) => `Manage ${p.name}`,
  'roles.partnerOf': (p: { org: string }) => `Partner: ${p.org}`,
  'roles.externalOf': (p: { org: string }) => `External: ${p.org}`,
  'roles.status.verified': 'Verified',
  'roles.status.unverified': 'Not verified',
  'roles.role.none': 'No admin role',
  'roles.role.full_admin': 'Full admin',
  'roles.role.service_admin': 'Contact-center service admin',
  'roles.role.provisioning_admin': 'Provisioning admin',
  'roles.role.read_only_admin': 'Read-only admin',
  'roles.license.none': 'No contact-center license',
  'roles.license.noneShort': 'None',
  'roles.editor.role': 'Admin role',
  'roles.editor.license': 'Contact-center license',
  'roles.editor.applyRole': 'Change role',
  'roles.editor.applyLicense': 'Change license',
  'roles.editor.resend': 'Resend invitation',
  'roles.editor.resent': (p: { email: string }) => `The invitation was sent again to ${p.email}.`,
  'roles.editor.partnerRole': (p: { org: string }) =>
    `${p.org} is the partner managing this customer: its users' roles change there, not here.`,
  'roles.editor.readOnlyLicense': 'Only users of the customer organization hold its licenses.',
  'roles.confirm.role': (p: { name: string; role: string }) =>
    `Change the admin role of ${p.name} to “${p.role}”?`,
  'roles.confirm.license': (p: { name: string; license: string }) =>
    `Change the contact-center license of ${p.name} to “${p.license}”?`,
  'roles.confirm.apply': 'Apply',
  'roles.confirm.irreversible': (p: { org: string }) =>
    `This cannot be undone here: ${p.org} is not the customer organization, and its users are never given this role again.`,
  'roles.changed.role': (p: { name: string; role: string }) => `${p.name} is now: ${p.role}.`,
  'roles.changed.license': (p: { name: string; license: string }) => `${p.name} now has: ${p.license}.`,
  'roles.stale': 'Someone else changed this user meanwhile. Review the latest values and try again.',
  'roles.warning.standard_license_agent_only':
    'With a Contact Center Standard license, a full admin can only sign in to Agent Desktop.',
  'roles.addExternal': 'Add external admin',
  'roles.addExternal.email': 'E-mail of the external user',
  'roles.addExternal.help': 'A user of another organization becomes a service admin here.',
  'roles.addExternal.submit': 'Add as service admin',
  'roles.addExternal.added': (p: { email: string }) => `${p.email} is now a contact-center service admin.`,
  'roles.addExternal.notFound': 'No user has this e-mail.',
  'roles.addExternal.already_admin': 'This user already holds an admin role here.',
  'roles.addExternal.not_external_user': 'This user is of this organization, not external.',
  'roles.addExternal.invalid': 'Enter a valid e-mail address.',
  'roles.addUser': 'Add user',
  'roles.addUser.email': 'E-mail',
  'roles.addUser.firstName': 'First name (optional)',
  'roles.addUser.lastName': 'Last name (optional)',
  'roles.addUser.help': 'They get an invitation e-mail; set their license and role afterwards.',
  'roles.addUser.submit': 'Add and invite',
  'roles.addUser.added': (p: { email: string }) => `${p.email} was added and invited.`,
  'roles.addUser.email_in_use': 'This e-mail already belongs to a user.',
  'roles.status.deactivated': 'Deactivated',
  'roles.editor.details': 'Details',
  'roles.editor.firstName': 'First name',
  'roles.editor.lastName': 'Last name',
  'roles.editor.saveDetails': 'Save details',
  'roles.editor.deactivate': 'Deactivate user',
  'roles.editor.activate': 'Activate user',
  'roles.confirm.deactivate': (p: { name: string }) =>
    `Deactivate ${p.name}? They can no longer sign in; their license and admin role stay.`,
  'roles.confirm.deactivateApply': 'Deactivate',
  'roles.changed.deactivated': (p: { name: string }) => `${p.name} was deactivated.`,
  'roles.changed.activated': (p: { name: string }) => `${p.name} was activated.`,
  'roles.changed.details': (p: { name: string }) => `The details of ${p.name} were saved.`,
  'roles.editor.remove': 'Remove user',
  'roles.confirm.remove': (p: { name: string }) =>
    `Remove ${p.name} from the organization? They lose access, their license and their admin role.`,
  'roles.confirm.removeApply': 'Remove',
  'roles.removed': (p: { name: string }) => `${p.name} was removed.`,
  'roles.left': (p: { name: string }) => `${p.name} is no longer an admin of this organization.`,
  'roles.saving': 'Saving…',
  'roles.rolledBack': (p: { reason: string }) => `Your change was undone: ${p.reason}`,
  'roles.lost.checking':
    "We could not confirm whether your change was saved: its answer did not arrive. Checking the user's current state…",
  'roles.lost.saved': "The answer was lost, but the user's state shows that it was saved.",
  'roles.lost.notSaved':
    "The answer was lost; the user's state shows that it was not saved. Your choice is kept: apply it again.",
  'roles.lost.unknown':
    'We could not confirm whether your change was saved: the service cannot be reached. Apply it again safely.',
  'roles.lost.already': 'This change is saved already: the user is shown as they are now.',
  'roles.choiceKept': 'Your choice is kept: apply it again.',
  'roles.problem.license_not_offered': "The organization's platform does not offer this license.",
  'roles.problem.license_limit_reached': 'Every license of this kind is assigned already.',
  'roles.problem.user_not_in_org': 'This user is of another organization: revoke the role instead.',
  'roles.license.platform.1.0': 'Licenses of the 1.0 platform.',
  'roles.license.platform.new_platform': 'Licenses of the new platform.',
  'roles.license.noPlatform':
    'Licenses can be given once the services setup has completed (removed at any time).',
  'license.1.0.cc_standard': 'Standard Agent',
  'license.1.0.cc_premium': 'Premium Agent',
  'license.new_platform.cc_standard': 'Webex Contact Center Standard',
  'license.new_platform.cc_premium': 'Webex Contact Center',
  'roles.import': 'Import from CSV',
  'roles.import.help':
    'In the template, set one license column to TRUE per user and upload it. You review every change; a file with an error changes nothing.',
  'roles.import.template': 'Download the template',
  'roles.import.templateReady': (p: { count: number }) =>
    plural('en', p.count, {
      one: 'Template downloaded with # user.',
      other: 'Template downloaded with # users.',
    }),
  'roles.import.file': 'CSV file',
  'roles.import.drop': 'Or drop the CSV file here.',
  'roles.import.checking': (p: { file: string }) => `Checking ${p.file}…`,
  'roles.import.invalid': (p: { file: string }) => `${p.file} cannot be read as the users template:`,
  'roles.import.fileError.empty': 'the file is empty.',
  'roles.import.fileError.unclosed_quote': 'a quoted value is not closed.',
  'roles.import.fileError.not_text': 'it is not a CSV text file (a spreadsheet? Save it as CSV UTF-8 first).',
  'roles.import.fileError.missing_email_column': 'the “User ID/Email (Required)” column is missing.',
  'roles.import.fileError.unknown_columns': (p: { columns: string }) =>
    `these columns are not in the template: ${p.columns}.`,
  'roles.import.fileError.duplicate_columns': (p: { columns: string }) =>
    `these columns appear twice: ${p.columns}.`,
  'roles.import.fileError.too_many_rows': 'it has more than 10,000 rows.',
  'roles.import.fileError.too_large': 'it is larger than 10 MB.',
  'roles.import.rows': (p: { count: number }) => plural('en', p.count, { one: '# row', other: '# rows' }),
  'roles.import.counts': (p: {
    file: string;
    rows: string;
    changed: string;
    unchanged: string;
    errors: string;
  }) => `${p.file}: ${p.rows} — ${p.changed} to change, ${p.unchanged} unchanged, ${p.errors} with errors.`,
  'roles.import.checkedHere': 'The file has errors and was not sent. Fix these rows and choose it again.',
  'roles.import.hasErrors': 'Some rows have errors: fix them and choose the file again. Nothing was changed.',
  'roles.import.nothingToChange': 'The file changes nothing.',
  'roles.import.ready': 'The file is valid. Check the changes, then apply them.',
  'roles.import.apply': (p: { count: number }) =>
    plural('en', p.count, { one: 'Apply # change', other: 'Apply # changes' }),
  'roles.import.applying': 'Applying…',
  'roles.import.done': (p: { count: number }) =>
    plural('en', p.count, { one: 'Done: # user changed.', other: 'Done: # users changed.' }),
  'roles.import.changedMeanwhile': (p: { users: string }) =>
    `Someone else changed the license of these users after your preview; the file's values were applied: ${p.users}.`,
  'roles.import.another': 'Import another file',
  'roles.import.notApplied': 'The file was not applied; nothing was changed.',
  'roles.import.preview': 'Import preview',
  'roles.import.column.row': 'Row',
  'roles.import.column.user': 'User',
  'roles.import.column.result': 'Result',
  'roles.import.change': (p: { from: string; to: string }) => `Now: ${p.from}. After: ${p.to}.`,
  'roles.import.more': (p: { count: number }) =>
    plural('en', p.count, { one: 'and # more row', other: 'and # more rows' }),
  'roles.import.rowError': (p: { row: string; column: string; text: string }) =>
    `Row ${p.row}, column “${p.column}”: ${p.text}`,
  'roles.import.rowErrorNoColumn': (p: { row: string; text: string }) => `Row ${p.row}: ${p.text}`,
  'roles.import.reason.missing_email': 'the user e-mail is missing.',
  'roles.import.reason.duplicate_user': 'this user is already in an earlier row.',
  'roles.import.reason.invalid_boolean': 'use TRUE or FALSE, or leave it empty.',
  'roles.import.reason.both_licenses':
    'a user holds one contact-center license only: set TRUE in one column.',
  'roles.import.reason.user_not_found': 'no user of this organization has this e-mail.',
  'roles.import.reason.column_not_editable':
    'only the two contact-center columns may change; keep this value.',
  'roles.import.reason.license_limit_reached': 'no license of this kind is left.',
  'roles.import.reason.license_not_offered': "the organization's platform does not offer this license.",
} as const;

export default messages;
