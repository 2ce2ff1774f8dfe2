import { plural } from '../../plural.js';

// The subscription panel: account, subscriptions and the wholesale lifecycle (DOMAIN §2.3, §3).
const messages = {
  'panel.title': 'Subscription and services',
  'panel.notConfigured':
    'Give the panel a client (or a base URL and a token) and an organization or customer.',
  'panel.lifecycle': 'Onboarding status',
  'panel.status': 'Status',
  'panel.explain.provisioning':
    'The customer is being created and its services provisioned. This page updates by itself.',
  'panel.explain.updating': 'A change to the customer is being applied. This page updates by itself.',
  'panel.explain.provisioned': 'The customer is onboarded and its services are available.',
  'panel.explain.provisioned_with_errors':
    'The customer is onboarded, but some items could not be provisioned. Fix the errors below and re-run provisioning.',
  'panel.explain.pending_rpl_review':
    'The customer is on the restricted parties list and waits for a manual compliance review. Most reviews finish within 15–60 minutes.',
  'panel.explain.deleting': 'The customer is being removed.',
  'panel.explain.error': 'Onboarding stopped and will not continue. Contact support with the details below.',
  'panel.rpl.next': (p: { deadline: string }) =>
    `If approved, the customer is created automatically and provisioning starts; then re-run provisioning for users and numbers. If it is not decided by ${p.deadline} (72 hours), onboarding ends in an error.`,
  'panel.timeline': 'Timeline',
  'panel.event.created': 'Customer created',
  'panel.event.rplClear': 'Compliance check passed',
  'panel.event.rplListed': 'Listed for manual compliance review',
  'panel.event.addressUpdated': 'Billing address updated: compliance check run again',
  'panel.event.reviewPending': (p: { deadline: string }) => `Review pending, deadline ${p.deadline}`,
  'panel.event.reviewApproved': 'Review approved',
  'panel.event.reviewDenied': 'Review denied',
  'panel.event.reviewTimedOut': 'Review not decided within 72 hours',
  'panel.event.status': (p: { status: string }) => `Status: ${p.status}`,
  'panel.errors': 'Provisioning errors',
  'panel.statusChanged': (p: { status: string }) => `Onboarding status changed: ${p.status}`,
  'panel.callIn': 'Default global call-in number',
  'panel.orgCountry': 'Org country',
  'panel.callIn.own': (p: { country: string }) => `The dial-in number of ${p.country}, the org country.`,
  'panel.callIn.fallback': (p: { country: string; location: string }) =>
    `${p.country} has no dial-in number, so the default of its location (${p.location}) applies.`,
  'panel.callIn.none': 'No call-in number applies to this country.',
  'panel.trial': 'Trial',
  'panel.subscription': 'Subscription',
  'panel.startDate': 'Start date',
  'panel.endDate': 'End date',
  'panel.renewalDate': 'Renewal date',
  'panel.noSubscription': 'No trial or subscription.',
  'panel.licenses': 'Contact-center license usage',
  'panel.account': 'Account',
  'panel.noLicenses': 'This subscription has no contact-center licenses.',
  'panel.packages': 'Packages',
  'panel.package': 'Package',
  'panel.license': 'License',
  'panel.limit': 'Limit',
  'panel.adminPackage': (p: { package: string }) =>
    `Admins hold ${p.package}, the package level the customer was created with. It cannot be lowered for them.`,
  'panel.assigned': 'Assigned',
  'panel.addOns': 'Add-ons',
  'panel.notOrderable': 'Not orderable yet: coming in a later release.',
  'panel.platform': 'Platform',
  'panel.notProvisioned': 'Not set up yet.',
  'panel.setUpContactCenter':
    'A customer admin still needs to run "Set up Webex Contact Center" if the customer needs chat.',
  'panel.services': 'Service status',
  'panel.state.operational': 'Operational',
  'panel.state.degraded': 'Degraded',
  'panel.state.outage': 'Outage',
  'panel.state.provisioning': 'Provisioning',
  'panel.state.not_provisioned': 'Not provisioned',
  'panel.roleSync': (p: { count: number; toConnect: number; toControlHub: number }) =>
    `Role sync: ${plural('en', p.count, { one: '# admin', other: '# admins' })} (${p.toConnect} from Control Hub to Connect, ${p.toControlHub} from Connect to Control Hub).`,
  'panel.accountPending': 'Account details appear once the customer org exists.',
  // Billing-address change and administrators (decisions/0007).
  'panel.address.title': 'Billing address',
  'panel.address.change': 'Change billing address',
  'panel.address.recheck':
    'Changing the address re-runs the restricted-party check; the customer may go to review.',
  'panel.address.save': 'Save address',
  'panel.address.saved': 'Billing address saved. The restricted-party check runs again.',
  'panel.address.busy': 'The customer is changing right now; change the address once it is provisioned.',
  'panel.address.later': 'The billing address can be changed once the customer is provisioned.',
  'panel.admins': 'Administrators',
  'panel.noAdmins': 'No administrators yet.',
  // The admins' roles and account states, as the role editor words them (this area keeps its own
  // copy so the panel's entry does not ship the role editor's catalogue).
  'panel.admin.status.verified': 'Verified',
  'panel.admin.status.unverified': 'Not verified',
  'panel.admin.role.none': 'No admin role',
  'panel.admin.role.full_admin': 'Full admin',
  'panel.admin.role.service_admin': 'Contact-center service admin',
  'panel.admin.role.provisioning_admin': 'Provisioning admin',
  'panel.admin.role.read_only_admin': 'Read-only admin',
  // A customer's provisioning status.
  'status.provisioned': 'Provisioned',
  'status.provisioned_with_errors': 'Provisioned with errors',
  'status.provisioning': 'Provisioning',
  'status.updating': 'Updating',
  'status.deleting': 'Deleting',
  'status.error': 'Error',
  'status.pending_rpl_review': 'Pending compliance review',
} as const;

export default messages;
