import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/subscription-panel.js';
import he from '../i18n/locales/he/subscription-panel.js';
import ro from '../i18n/locales/ro/subscription-panel.js';

// "Role sync: 1 admins" read wrong: the count takes each language's plural form.
describe('the role sync line counts admins in each language', () => {
  const sync = (count: number) => ({ count, toConnect: count, toControlHub: 0 });
  it.each([
    [en, 1, /^Role sync: 1 admin \(/],
    [en, 2, /^Role sync: 2 admins \(/],
    [he, 1, /^סנכרון תפקידים: מנהל אחד \(/],
    [he, 5, /^סנכרון תפקידים: 5 מנהלים \(/],
    [ro, 1, /^Sincronizarea rolurilor: 1 administrator \(/],
    [ro, 3, /^Sincronizarea rolurilor: 3 administratori \(/],
    [ro, 20, /^Sincronizarea rolurilor: 20 de administratori \(/],
  ] as const)('%#: %i admins', (messages, count, expected) => {
    expect(messages['panel.roleSync'](sync(count))).toMatch(expected);
  });
});
