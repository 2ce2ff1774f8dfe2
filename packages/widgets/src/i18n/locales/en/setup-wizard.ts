// The services setup wizard and its entry prompt (DOMAIN §1).
const messages = {
  'wizard.title': 'Set up contact-center services',
  'wizard.progressLabel': 'Setup steps',
  'wizard.stepOf': (p: { current: number; total: number }) => `Step ${p.current} of ${p.total}`,
  'wizard.step.summary': 'Summary',
  'wizard.step.calling': 'Calling setup',
  'wizard.step.country': 'Country of operation',
  'wizard.step.time_zone': 'Tenant time zone',
  'wizard.step.platform': 'Platform',
  'wizard.step.telephony': 'Telephony',
  'wizard.step.review': 'Review',
  'wizard.step.provisioning': 'Provisioning',
  'wizard.step.summary_download': 'Order summary',
  'wizard.summary.intro': 'Review the contact-center licensing for this customer, then set up the services.',
  'wizard.summary.trial': (p: { reference: string }) => `Trial ${p.reference}`,
  'wizard.summary.subscription': (p: { reference: string }) => `Subscription order ${p.reference}`,
  'wizard.summary.ccai': 'Contact Center AI services are included.',
  'wizard.summary.pstn': 'The Cisco PSTN add-on is included.',
  'wizard.setUp': 'Set up',
  'wizard.licenseQuantity': (p: { license: string; quantity: string }) => `${p.license}: ${p.quantity}`,
  'wizard.calling.intro': "Review the organization's SIP address.",
  'wizard.calling.sipAddress': 'SIP address',
  'wizard.country.label': 'Country or region',
  'wizard.country.help':
    'The tenant is created in the data center that serves this country. For an on-premises deployment, choose the supported country nearest to it.',
  'wizard.country.dataCenter': (p: { dataCenter: string }) => `Data center: ${p.dataCenter}`,
  'wizard.country.incompatible':
    'Incompatible location: this country cannot be used for this order. Contact solution assurance to set up contact-center services here.',
  'wizard.country.pstn':
    'The Cisco PSTN add-on in this order is sold for the United States only: choose the United States.',
  'wizard.country.locked': 'The country of operation is confirmed and can no longer be changed.',
  'wizard.confirm.title': 'Confirm country of operation',
  'wizard.confirm.body': (p: { country: string }) =>
    `You are about to set ${p.country} as the country of operation. Once you confirm, it can never be changed.`,
  'wizard.confirm.confirm': 'Confirm',
  'wizard.timeZone.label': 'Tenant time zone',
  'wizard.timeZone.help': 'Chosen from the region of operation; you can change it.',
  'wizard.timeZone.newPlatform':
    'On the new platform this is also the time zone of the Webex Connect service.',
  'wizard.platform.label': 'Contact-center platform',
  'wizard.platform.whatYouSetUp': "Here's what you'll set up",
  'wizard.telephony.label': 'Telephony option',
  'telephony.webex_calling': 'Webex Calling carriers and PSTN via Webex Calling',
  'telephony.third_party_via_webex_calling':
    'External or third-party telephony via Webex Calling PSTN services',
  'telephony.third_party_via_vpop': 'External or third-party telephony via VPOP',
  'wizard.telephony.legacy': 'Legacy: not recommended for new customers.',
  'wizard.telephony.needsCalling': 'Needs an active Webex Calling subscription.',
  'wizard.telephony.noCalling': 'Not available: this organization has no active Webex Calling subscription.',
  'wizard.telephony.free': 'Added to the order free of charge.',
  'wizard.telephony.locked':
    'Selected automatically because the Cisco PSTN add-on was ordered; it cannot be changed.',
  'wizard.review.intro': 'Review the subscription details, then submit. Provisioning takes several minutes.',
  'wizard.review.edit': 'Go back and edit',
  'wizard.review.licenses': 'Contact-center licenses',
  'wizard.review.dataCenter': 'Data center',
  'wizard.submit': 'Submit',
  'wizard.provisioning.intro':
    'Provisioning contact-center services. This takes several minutes; you can leave and come back.',
  'wizard.provisioning.progress': (p: { percent: number }) => `${p.percent}% done`,
  'wizard.provisioning.failed': 'Provisioning failed. Review the answers and submit again.',
  'wizard.provisioning.failedStage.tenant': (p: { dataCenter: string }) =>
    `Provisioning failed: the contact-center tenant could not be created in the ${p.dataCenter} data center. Check the country and the platform, then submit again; if it fails again, contact solution assurance.`,
  'wizard.provisioning.failedStage.digital_services':
    'Provisioning failed while setting up Webex Engage and Webex Connect. Submit again; the contact-center tenant is kept.',
  'wizard.provisioning.failedStage.admin_sync':
    'Provisioning failed while synchronizing the admins with Webex Connect. Submit again; nothing else is lost.',
  'wizard.done.intro': 'Contact-center services are ready in the customer organization.',
  'wizard.done.download': 'Download order summary (PDF)',
  'wizard.done.platformDetails': (p: { platform: string }) =>
    `Webex Contact Center platform details: ${p.platform}`,
  'wizard.done.classicNext':
    'On the 1.0 platform, finish in Contact Center › Settings with "Set up Webex Contact Center". If the customer needs chat, the customer administrator must do this.',
  'wizard.notAllowed': 'Only full administrators of the customer or of its partner can set up services.',
  'wizard.entry.trialReady': 'Your trial is ready. Would you like to set up services for the customer?',
  'wizard.entry.orderMapped': 'Thank you. Your order has been mapped correctly.',
  'wizard.required': 'Choose an option to continue.',
  'wizard.noSetup': 'This organization has no services setup.',
  'wizard.country.unknown': 'This country is not a country of operation: choose one from the list.',
  'wizard.country.choose': 'Choose a country…',
  'wizard.notConfigured': 'The setup wizard needs a customer organization and a connection to the service.',
  // The 1.0 platform's "Set up Webex Contact Center" (DOMAIN §1.2).
  'wizard.tenant.title': 'Tenant setup',
  'wizard.tenant.chat': 'The customer needs chat',
  'wizard.tenant.run': 'Set up Webex Contact Center',
  'wizard.tenant.running': 'Setting up…',
  'wizard.tenant.done': 'Webex Contact Center is set up.',
  'wizard.tenant.doneChat': 'Webex Contact Center is set up, with chat.',
  'wizard.tenant.already': 'Webex Contact Center is already set up.',
  'reason.chat_requires_customer_admin': 'With chat, a customer administrator must do this.',
  // Buttons of the wizard and of the setup prompt.
  'common.save': 'Save',
  'common.next': 'Next',
  'common.back': 'Back',
  'common.yes': 'Yes',
  'common.notNow': 'Not now',
} as const;

export default messages;
