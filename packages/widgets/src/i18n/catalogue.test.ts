import { describe, expect, it } from 'vitest';
import en from './locales/en/index.js';
import he from './locales/he/index.js';
import ro from './locales/ro/index.js';
import ru from './locales/ru/index.js';
import { plural } from './plural.js';
import { directionOf, loadMessages, matchLocale } from './registry.js';
import type { Messages } from './types.js';

const translations: Array<[string, Messages]> = [
  ['ru', ru],
  ['ro', ro],
  ['he', he],
];
/** Product names and pure formats read the same in every language. */
const sameInEveryLanguage = (key: string) =>
  /^(license|service)\./.test(key) || key === 'platform.1.0' || key === 'wizard.licenseQuantity';
const render = (message: unknown) =>
  typeof message === 'function'
    ? message({
        count: 3,
        trackingId: 'T-1',
        reference: 'R',
        current: 1,
        total: 2,
        country: 'C',
        dataCenter: 'D',
        percent: 5,
        platform: 'P',
        license: 'L',
        quantity: 3,
      })
    : message;

describe('message catalogues', () => {
  it.each(translations)('%s has exactly the English keys', (_locale, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(translations)(
    '%s translates: no empty message and no message left in English',
    (_locale, messages) => {
      for (const key of Object.keys(en) as Array<keyof Messages>) {
        const text = render(messages[key]);
        expect(text, key).toMatch(/\S/);
        if (!sameInEveryLanguage(key)) expect(text, `${key} is still English`).not.toBe(render(en[key]));
      }
    },
  );

  it.each(translations)('%s keeps every placeholder value in the text', (_locale, messages) => {
    expect(render(messages['common.errorWithTracking'])).toContain('T-1');
  });
});

describe('plural', () => {
  it.each([
    ['ru', 1, 'Остался 1 день'],
    ['ru', 3, 'Осталось 3 дня'],
    ['ru', 5, 'Осталось 5 дней'],
    ['ru', 21, 'Остался 21 день'],
    ['ro', 1, 'A mai rămas 1 zi'],
    ['ro', 2, 'Au mai rămas 2 zile'],
    ['ro', 20, 'Au mai rămas 20 de zile'],
    ['he', 1, 'נותר יום אחד'],
    ['he', 2, 'נותרו יומיים'],
    ['he', 7, 'נותרו 7 ימים'],
    ['en', 1, '1 day left'],
    ['en', 1000, '1,000 days left'],
  ] as const)('%s %i → %s', async (locale, count, expected) => {
    const messages = await loadMessages(locale);
    expect(messages['trial.daysLeft']({ count })).toBe(expected);
  });

  it('falls back to `other` when a form is missing', () => {
    expect(plural('ru', 5, { other: '# шт.' })).toBe('5 шт.');
  });
});

describe('locale matching and direction', () => {
  it.each([
    ['he-IL', 'he'],
    ['RU', 'ru'],
    ['ro_RO', 'ro'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it('only Hebrew is right-to-left', () => {
    expect(['en', 'ru', 'ro', 'he'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'rtl']);
  });
});
