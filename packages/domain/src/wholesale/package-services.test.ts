import { describe, expect, it } from 'vitest';
import { WHOLESALE_PACKAGES, type WholesalePackage } from '../vocabulary.js';
import { PACKAGE_SERVICES, servicesOfPackages } from './package-services.js';

describe('services of packages (DOMAIN §3.1)', () => {
  it.each<[WholesalePackage, string[]]>([
    ['webex_suite', ['messaging', 'meetings', 'calling']],
    ['webex_calling', ['messaging', 'calling']],
    ['webex_meetings', ['messaging', 'meetings']],
    ['common_area_calling', ['calling']],
    ['cx_essentials', ['messaging', 'calling', 'contact_center']],
    ['attendant_console', []],
  ])('%s → %j', (name, services) => {
    expect(PACKAGE_SERVICES[name]).toEqual(services);
  });

  it('has a row for every package', () => {
    expect(Object.keys(PACKAGE_SERVICES).sort()).toEqual([...WHOLESALE_PACKAGES].sort());
  });

  it('unites the packages of an org, each service once, in a stable order', () => {
    expect(servicesOfPackages(['webex_meetings', 'webex_calling'])).toEqual([
      'calling',
      'meetings',
      'messaging',
    ]);
    expect(servicesOfPackages(['cx_standard_agent'])).toEqual(['contact_center', 'messaging']);
    expect(servicesOfPackages([])).toEqual([]);
  });
});
