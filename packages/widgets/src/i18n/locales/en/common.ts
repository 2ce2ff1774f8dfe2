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
  'common.forbidden': 'You are not allowed to do this.',
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
  // A 429: when the user may try again (the `Retry-After` the server sent), in whole seconds.
  'common.rateLimited': 'Too many requests. Wait a moment, then try again.',
  'common.rateLimitedFor': (p: { seconds: number }) =>
    plural('en', p.seconds, {
      one: 'Too many requests; you can try again in # second.',
      other: 'Too many requests; you can try again in # seconds.',
    }),
  'common.rateLimitedRetrying': (p: { seconds: number }) =>
    plural('en', p.seconds, {
      one: 'Too many requests; trying again by itself in # second.',
      other: 'Too many requests; trying again by itself in # seconds.',
    }),
  'common.rateLimitOver': 'You can try again now.',
} as const;

export default messages;
