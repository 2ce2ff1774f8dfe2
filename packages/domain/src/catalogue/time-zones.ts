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

/**
 * The countries' default zones (`COUNTRIES_OF_OPERATION[].defaultTimeZone`), each once, in the
 * table's order. Written out rather than read from the table so that a bundle needing only the
 * zones (the onboarding form's time-zone lists) does not carry the whole country table; a test
 * keeps this list equal to the table's.
 */
export const COUNTRY_DEFAULT_TIME_ZONES: readonly string[] = [
  'America/New_York',
  'America/Toronto',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Lisbon',
  'Europe/Vienna',
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Europe/Warsaw',
  'Europe/Zurich',
  'Europe/Oslo',
  'Asia/Riyadh',
  'Asia/Dubai',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/Santiago',
  'America/Bogota',
  'America/Lima',
  'America/Costa_Rica',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Taipei',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Asia/Singapore',
  'Asia/Hong_Kong',
  'Asia/Kolkata',
  'Asia/Kuala_Lumpur',
  'Asia/Jakarta',
  'Asia/Bangkok',
  'Asia/Manila',
  'Europe/Istanbul',
  'Asia/Amman',
  'Asia/Bahrain',
  'Asia/Kuwait',
  'Asia/Muscat',
  'Africa/Johannesburg',
];

/** IANA ids for the tenant time-zone dropdown: every country default, then the additional ones. */
export const TIME_ZONES: readonly string[] = [
  ...new Set([...COUNTRY_DEFAULT_TIME_ZONES, ...ADDITIONAL_TIME_ZONES]),
];

export function isKnownTimeZone(timeZone: string): boolean {
  return TIME_ZONES.includes(timeZone);
}
