import type { AddOnName, WholesalePackage } from '@onramp/contract';

// Product names read the same in every language, so they are data here rather than messages.
export const packageNames: Partial<Record<WholesalePackage, string>> = {
  common_area_calling: 'Common Area Calling',
  webex_calling: 'Webex Calling',
  webex_meetings: 'Webex Meetings',
  webex_suite: 'Webex Suite',
  webex_voice: 'Webex Voice',
  cx_essentials: 'Customer Experience Essentials',
  webex_calling_standard: 'Webex Calling Standard',
  cisco_calling_plan: 'Cisco Calling Plan',
  attendant_console: 'Attendant Console',
  cx_premium_agent: 'Contact Center Premium Agent',
  cx_standard_agent: 'Contact Center Standard Agent',
};
export const addOnNames: Record<AddOnName, string> = {
  attendant_console: 'Attendant Console',
  cisco_calling_plan: 'Cisco Calling Plan',
};
