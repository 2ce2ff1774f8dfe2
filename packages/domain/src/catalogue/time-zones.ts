import { COUNTRIES_OF_OPERATION } from './countries.js';

/** Zones offered besides the countries' defaults: the other zones of large countries, and UTC. */
const ADDITIONAL_TIME_ZONES: readonly string[] = [
  'UTC',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/St_Johns',
  'America/Halifax',
  'America/Winnipeg',
  'America/Edmonton',
  'America/Vancouver',
  'America/Tijuana',
  'America/Cancun',
  'America/Manaus',
  'Atlantic/Canary',
  'Australia/Perth',
  'Australia/Darwin',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Melbourne',
  'Asia/Makassar',
  'Asia/Jayapura',
];

/** IANA ids for the tenant time-zone dropdown: every country default, then the additional ones. */
export const TIME_ZONES: readonly string[] = [
  ...new Set([...COUNTRIES_OF_OPERATION.map((country) => country.defaultTimeZone), ...ADDITIONAL_TIME_ZONES]),
];

export function isKnownTimeZone(timeZone: string): boolean {
  return TIME_ZONES.includes(timeZone);
}
