import type {
  CatalogCountry,
  CatalogTelephonyOption,
  CatalogTimeZone,
  Platform,
  Region,
} from '@onramp/contract';
import {
  COUNTRIES_OF_OPERATION,
  PLATFORMS,
  REGIONS,
  TELEPHONY_OPTION_DETAILS,
  TELEPHONY_OPTIONS,
  TIME_ZONES,
  telephonyOptionsFor,
  WHOLESALE_PACKAGE_CATALOGUE,
} from '@onramp/domain';
import { type Handler, stringParam } from '../../handling/reply.js';

/** The domain's catalogue (DOMAIN §1.3, §3.1), in the contract's shapes. */
export const listCatalogCountries: Handler<'listCatalogCountries'> = ({ query }) => {
  const region = stringParam(query.region);
  const items: CatalogCountry[] = COUNTRIES_OF_OPERATION.filter(
    (c) => region === undefined || c.region === region,
  )
    .map((c) => ({
      code: c.code,
      name: c.name,
      region: c.region,
      dataCenter: c.dataCenter,
      defaultTimeZone: c.defaultTimeZone,
      platforms: [...c.platforms],
      incompatibleLocation: c.notOfferedFor.length > 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { status: 200, body: { items } };
};

/** The standard offset of a zone: the smaller of January's and July's (daylight saving adds). */
export function standardOffsetMinutes(timeZone: string): number {
  const offsets = [Date.UTC(2025, 0, 15), Date.UTC(2025, 6, 15)].map((at) => {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  });
  return Math.min(...offsets);
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const TIME_ZONE_LIST: CatalogTimeZone[] = TIME_ZONES.map((id) => ({ id, minutes: standardOffsetMinutes(id) }))
  .sort((a, b) => a.minutes - b.minutes || a.id.localeCompare(b.id))
  .map(({ id, minutes }) => ({
    id,
    name: `(UTC${formatOffset(minutes)}) ${id.split('/').pop()?.replace(/_/g, ' ') ?? id}`,
    utcOffset: formatOffset(minutes),
  }));

export const listCatalogTimeZones: Handler<'listCatalogTimeZones'> = () => ({
  status: 200,
  body: { items: TIME_ZONE_LIST },
});

export const listCatalogTelephonyOptions: Handler<'listCatalogTelephonyOptions'> = ({ query }) => {
  const platform = stringParam(query.platform) as Platform | undefined;
  const region = stringParam(query.region) as Region | undefined;
  const offered = (option: string, p: Platform, r: Region) =>
    telephonyOptionsFor(p, r).some((details) => details.option === option);
  const items: CatalogTelephonyOption[] = [];
  for (const option of TELEPHONY_OPTIONS) {
    const details = TELEPHONY_OPTION_DETAILS[option];
    const platforms = PLATFORMS.filter(
      (p) => (platform ?? p) === p && REGIONS.some((r) => offered(option, p, r)),
    );
    const regions = REGIONS.filter(
      (r) => (region ?? r) === r && PLATFORMS.some((p) => offered(option, p, r)),
    );
    const inScope = PLATFORMS.some(
      (p) => (platform ?? p) === p && REGIONS.some((r) => (region ?? r) === r && offered(option, p, r)),
    );
    if (!inScope) continue;
    items.push({
      option,
      name: details.label,
      legacy: details.legacy,
      recommended: !details.legacy,
      requirements: details.note,
      regions,
      platforms,
    });
  }
  return { status: 200, body: { items } };
};

const DISPLAY_NAME = (name: string) =>
  name
    .split('_')
    .map((word) =>
      word === 'cx' ? 'CX' : word === 'ai' ? 'AI' : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');

export const listCatalogPackages: Handler<'listCatalogPackages'> = () => ({
  status: 200,
  body: {
    items: Object.values(WHOLESALE_PACKAGE_CATALOGUE).map((info) => ({
      name: info.name,
      displayName: DISPLAY_NAME(info.name),
      kind: info.kind,
      orderable: info.orderable,
      dependsOn: [...info.requiresOneOf],
      note: info.orderable ? null : 'Add-ons are not orderable in the first release (DOMAIN §3.1).',
    })),
  },
});
