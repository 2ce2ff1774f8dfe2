import { plural } from '../../plural.js';

// What `commonProblemMessage` says beyond the common errors, for the widgets that word their
// problems with it (the wizard, the panel, the onboarding form; not the role editor): the automatic
// retry of a short 429 wait, an account that may not use the service yet, the wholesale package rules.
const messages = {
  'rateLimit.retrying': (p: { seconds: number }) =>
    plural('en', p.seconds, {
      one: 'Too many requests; trying again by itself in # second.',
      other: 'Too many requests; trying again by itself in # seconds.',
    }),
  'rateLimit.over': 'You can try again now.',
  'common.accountNotActivated':
    'Your account is not active yet. Open the welcome e-mail, choose Get started, set a password and accept the terms of service, then sign in again.',
  'common.accountDeactivated': 'Your account has been deactivated by an administrator of your organization.',
  'problem.admin_package_downgrade':
    "The customer's full admin keeps the customer's package level: it cannot be lowered.",
  'problem.admin_package_level': "Admins hold the customer's package level or higher.",
} as const;

export default messages;
