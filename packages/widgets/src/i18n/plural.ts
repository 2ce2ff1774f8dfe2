/** The plural forms a message may give; `other` is always required (CLDR categories). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

/**
 * Picks the CLDR plural form of `count` for `locale` and puts the formatted number in place of `#`.
 * Russian needs one/few/many, Romanian one/few/other, Hebrew one/two/other: locales say which forms
 * they use, the rules decide.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replaceAll('#', new Intl.NumberFormat(locale).format(count));
}
