import { describe, expect, it } from 'vitest';
import { WHOLESALE_PACKAGES, type WholesalePackage } from '../vocabulary.js';
import { dependencySatisfied, packageInfo } from './packages.js';

describe('wholesale package catalogue (DOMAIN §3.1)', () => {
  it('the two add-ons are in the catalogue but not orderable in the first release', () => {
    expect(packageInfo('cisco_calling_plan')).toMatchObject({ kind: 'add_on', orderable: false });
    expect(packageInfo('attendant_console')).toMatchObject({ kind: 'add_on', orderable: false });
  });

  it('every other name of the real API is an orderable base package', () => {
    const bases = WHOLESALE_PACKAGES.filter((name) => packageInfo(name).kind === 'package');
    expect(bases).toHaveLength(12);
    for (const name of bases) expect(packageInfo(name)).toMatchObject({ orderable: true, requiresOneOf: [] });
  });

  // The real API's dependencies, typed out.
  it.each<[WholesalePackage, WholesalePackage[]]>([
    [
      'cisco_calling_plan',
      [
        'common_area_calling',
        'webex_calling',
        'webex_suite',
        'webex_voice',
        'cx_essentials',
        'webex_calling_standard',
      ],
    ],
    ['attendant_console', ['webex_calling', 'webex_suite', 'cx_essentials']],
  ])('%s depends on one of %j', (addOn, dependencies) => {
    for (const base of WHOLESALE_PACKAGES) {
      expect(dependencySatisfied(addOn, [base])).toBe(dependencies.includes(base));
    }
    expect(dependencySatisfied(addOn, [])).toBe(false);
  });

  it('a base package has no dependency', () => {
    expect(dependencySatisfied('webex_meetings', [])).toBe(true);
  });
});
