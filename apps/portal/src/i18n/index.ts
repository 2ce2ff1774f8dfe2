import { type Catalogue, en, type MessageKey } from './en.js';
import { he } from './he.js';
import { ro } from './ro.js';
import { ru } from './ru.js';

export type { Catalogue, MessageKey };
export { en };
export type Lang = 'en' | 'ru' | 'ro' | 'he';

/**
 * The portal's own labels. Four small catalogues loaded together (8–11 kB each, under 3.3 kB gzip): the shell
 * re-renders at once when the language changes. The widgets have their own catalogues and follow
 * `<html lang>`.
 */
export const catalogues: Record<Lang, Catalogue> = { en, ru, ro, he };

export const languages: { code: Lang; label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'ru', label: 'Русский' },
  { code: 'ro', label: 'Română' },
  { code: 'he', label: 'עברית' },
];

export const directionOf = (lang: Lang): 'ltr' | 'rtl' => (lang === 'he' ? 'rtl' : 'ltr');

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `{name}` placeholders in `text`. */
export const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

/**
 * The translate function of one language. A placeholder without a value stays visible as
 * `{name}` (a bug to see, not a blank).
 */
export function translator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, params) => {
    const text = catalogue[key] ?? en[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
