import { describe, expect, it } from 'vitest';
import { formatDay } from './dates.js';
import { catalogues, type Lang, translator } from './i18n/index.js';
import { MAX_LICENSE_QUANTITY, quantityProblem, servicesProblem, TRIAL_LICENSES } from './trial-form.js';

describe('the services of a trial', () => {
  it('must be at least one, said before anything is sent', () => {
    const problem = servicesProblem([]);
    expect(problem && catalogues.en[problem]).toBe('Choose at least one service.');
  });

  it.each([[['contact_center']], [['calling']], [['contact_center', 'calling']]])(
    '%j is enough',
    (services) => {
      expect(servicesProblem(services)).toBeUndefined();
    },
  );
});

describe('the license quantities of a trial', () => {
  it.each(['0', '25', ' 7 ', '007', String(MAX_LICENSE_QUANTITY)])('%j is a quantity', (typed) => {
    expect(quantityProblem(typed)).toBeUndefined();
  });

  it.each(['', ' ', '-1', '2.5', '1e3', '+3', 'many', '٣', '0x10'])(
    '%j is not a whole number ≥ 0',
    (typed) => {
      const problem = quantityProblem(typed);
      expect(problem && catalogues.en[problem]).toBe('Enter a whole number, 0 or more.');
    },
  );

  it('is at most what the contract allows', () => {
    expect(quantityProblem(String(MAX_LICENSE_QUANTITY + 1))).toBe('trial.licenseMax');
  });

  it("defaults to the seed's trial: Standard 25, Premium 10", () => {
    expect(TRIAL_LICENSES).toEqual([
      { license: 'cc_standard', quantity: 25 },
      { license: 'cc_premium', quantity: 10 },
    ]);
  });
});

describe('the trial started line', () => {
  it.each(Object.keys(catalogues) as Lang[])('reads well in %s with the end date in words', (lang) => {
    const line = translator(lang)('trial.started', {
      id: 'trial_1',
      name: 'Bistro',
      end: formatDay('2027-03-03', lang),
      email: 'owner@bistro.example.com',
    });
    expect(line).not.toContain('2027-03-03');
    // The Russian date ends in "г.": the sentence must not add a second full stop after it.
    expect(line).not.toMatch(/\.\./);
  });
});
