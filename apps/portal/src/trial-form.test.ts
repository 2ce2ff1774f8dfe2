import { describe, expect, it } from 'vitest';
import { formatDay } from './dates.js';
import { catalogues, type Lang, translator } from './i18n/index.js';
import { servicesProblem } from './trial-form.js';

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
