import type { Messages } from '../../types.js';
import type source from '../en/products.js';

// Product names, platforms and licenses: shared by the setup wizard, the role editor and the
// subscription panel (most read the same in every language).
const messages: Pick<Messages, keyof typeof source> = {
  'license.cc_standard': 'Webex Contact Center Standard',
  'license.cc_premium': 'Webex Contact Center Premium',
  // The tier alone, where a column heading already says which product (the role editor's list).
  'license.tier.cc_standard': 'Standard',
  'license.tier.cc_premium': 'Premium',
  'platform.1.0': '1.0',
  'platform.new_platform': 'Platformă nouă',
  'service.contact_center': 'Webex Contact Center',
  'service.calling': 'Webex Calling',
  'service.meetings': 'Webex Meetings',
  'service.messaging': 'Webex Messaging',
  'service.engage': 'Webex Engage',
  'service.connect': 'Webex Connect',
};

export default messages;
