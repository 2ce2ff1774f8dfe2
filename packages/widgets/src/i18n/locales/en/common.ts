import { plural } from '../../plural.js';

// Shared by every component: states, errors, statuses.
const messages = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.next': 'Next',
  'common.back': 'Back',
  'common.error': 'Something went wrong.',
  'common.errorWithTracking': (p: { trackingId: string }) =>
    `Something went wrong. Reference: ${p.trackingId}.`,
  'common.empty': 'Nothing here yet.',
  'common.offline': 'The service could not be reached. Check your connection and try again.',
  'common.accountNotActivated':
    'Your account is not active yet. Open the welcome e-mail, choose Get started, set a password and accept the terms of service, then sign in again.',
  'common.accountDeactivated': 'Your account has been deactivated by an administrator of your organization.',
  'common.forbidden': 'You are not allowed to do this.',
  'problem.admin_package_downgrade':
    "The customer's full admin keeps the customer's package level: it cannot be lowered.",
  'problem.admin_package_level': "Admins hold the customer's package level or higher.",
  'common.itemCount': (p: { count: number }) => plural('en', p.count, { one: '# item', other: '# items' }),
  'status.provisioned': 'Provisioned',
  'status.provisioned_with_errors': 'Provisioned with errors',
  'status.provisioning': 'Provisioning',
  'status.updating': 'Updating',
  'status.deleting': 'Deleting',
  'status.error': 'Error',
  'status.pending_rpl_review': 'Pending compliance review',
  'trial.daysLeft': (p: { count: number }) =>
    plural('en', p.count, { one: '# day left', other: '# days left' }),
  'common.yes': 'Yes',
  'common.notNow': 'Not now',
} as const;

export default messages;
