import { plural } from '../../plural.js';

// The wholesale customer onboarding form (DOMAIN §3).
const messages = {
  'onboard.title': 'Onboard a wholesale customer',
  'onboard.intro': 'Create the customer in your own systems first, then onboard it here.',
  'onboard.customer': 'Customer information',
  'onboard.name': 'Customer name',
  'onboard.email': 'Primary e-mail',
  'onboard.language': 'Language (optional)',
  'onboard.externalId': 'External ID',
  'onboard.provisioningId': 'Provisioning ID',
  'onboard.address': 'Billing address',
  'onboard.addressLine1': 'Address line 1',
  'onboard.addressLine2': 'Address line 2 (optional)',
  'onboard.city': 'City',
  'onboard.stateOrProvince': 'State or province (optional)',
  'onboard.zip': 'Postal code (optional)',
  'onboard.country': 'Country (two-letter code, e.g. DE)',
  'onboard.countryHelp': 'The country becomes the org country and decides the default call-in number.',
  'onboard.packages': 'Packages and quantities',
  'onboard.packagesHelp': 'Enter the maximum number of users for each package the customer gets.',
  'onboard.calling': 'Calling location (optional)',
  'onboard.callingHelp': 'Provisions Webex Calling at the billing address. Give all three, or none.',
  'onboard.locationName': 'Location name',
  'onboard.locationTimeZone': 'Location time zone, e.g. Europe/Berlin',
  'onboard.locationLanguage': 'Location language, e.g. de_de',
  'onboard.meetingsTimeZone': 'Meetings time zone (optional)',
  'onboard.check': 'Check',
  'onboard.submit': 'Onboard customer',
  'onboard.error.required': 'This field is required.',
  'onboard.error.invalid': 'Check this value.',
  'onboard.error.email': 'Enter a valid e-mail address.',
  'onboard.error.country': 'Enter a two-letter country code, e.g. DE.',
  'onboard.error.packages': 'Choose at least one package, with a quantity of 0 or more.',
  'onboard.error.summary': (p: { count: number }) =>
    plural('en', p.count, { one: 'One field needs attention.', other: '# fields need attention.' }),
  'onboard.error.exists': 'A customer with this external ID already exists.',
  'onboard.checkOk': 'The check passed: the customer can be onboarded.',
  'onboard.checkRpl':
    'The check passed, but the customer is on the restricted parties list: after you submit, a compliance review of up to 72 hours runs before provisioning.',
  'onboard.accepted': 'The customer was accepted. Provisioning has started.',
  'onboard.addressRecheck': 'Changing the billing address later runs the compliance check again.',
} as const;

export default messages;
