// Product names and platforms: shared by the setup wizard and the subscription panel (most read the
// same in every language). The license names are in the common area.
const messages = {
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
