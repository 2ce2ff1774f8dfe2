import en from './locales/en/index.js';
import { type Messages, type SupportedLocale, supportedLocales } from './types.js';

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

const loaded = new Map<SupportedLocale, Messages>([['en', en]]);
const pending = new Map<SupportedLocale, Promise<Messages>>();

/** English ships with every component; the others load on first use, once (separate chunks). */
const loaders: Record<Exclude<SupportedLocale, 'en'>, () => Promise<{ default: Messages }>> = {
  ru: () => import('./locales/ru/index.js'),
  ro: () => import('./locales/ro/index.js'),
  he: () => import('./locales/he/index.js'),
};

/** The messages of a locale if already loaded (synchronously), else undefined. */
export const loadedMessages = (locale: SupportedLocale): Messages | undefined => loaded.get(locale);

export function loadMessages(locale: SupportedLocale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale as Exclude<SupportedLocale, 'en'>]().then(({ default: messages }) => {
      loaded.set(locale, messages);
      pending.delete(locale);
      return messages;
    });
    pending.set(locale, promise);
  }
  return promise;
}
