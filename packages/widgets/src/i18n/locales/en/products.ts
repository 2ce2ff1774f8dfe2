// Product names, platforms and licenses: shared by the setup wizard, the role editor and the
// subscription panel (most read the same in every language).
const messages = {
  'license.cc_standard': 'Webex Contact Center Standard',
  'license.cc_premium': 'Webex Contact Center Premium',
  // The tier alone, where a column heading already says which product (the role editor's list).
  'license.tier.cc_standard': 'Standard',
  'license.tier.cc_premium': 'Premium',
  'platform.1.0': '1.0',
  'platform.new_platform': 'New platform',
  'service.contact_center': 'Webex Contact Center',
  'service.calling': 'Webex Calling',
  'service.meetings': 'Webex Meetings',
  'service.messaging': 'Webex Messaging',
  'service.engage': 'Webex Engage',
  'service.connect': 'Webex Connect',
} as const;

export default messages;
