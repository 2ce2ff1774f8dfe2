import { type SupportedLocale, supportedLocales } from './types.js';

/** Right-to-left locales among those supported. */
const rtlLocales: ReadonlySet<string> = new Set(['he']);

export const directionOf = (locale: string): 'ltr' | 'rtl' => (rtlLocales.has(locale) ? 'rtl' : 'ltr');

/**
 * Maps any BCP 47 tag the page gives (`he-IL`, `ru`, `en-GB`, `fr`) to a supported locale: the exact
 * language if supported, else English, the source language.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (supportedLocales as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}
