import type { Messages } from '../../types.js';
import type source from '../en/products.js';

// Product names and platforms: shared by the setup wizard and the subscription panel (most read the
// same in every language). The license names are in the common area.
const messages: Pick<Messages, keyof typeof source> = {
  'platform.1.0': '1.0',
  'platform.new_platform': 'פלטפורמה חדשה',
  'service.contact_center': 'Webex Contact Center',
  'service.calling': 'Webex Calling',
  'service.meetings': 'Webex Meetings',
  'service.messaging': 'Webex Messaging',
  'service.engage': 'Webex Engage',
  'service.connect': 'Webex Connect',
};

export default messages;
