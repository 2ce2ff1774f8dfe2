import type { Message, SupportedLocale } from './types.js';

/** The locales translated from English; each is a lazily loaded chunk per area. */
export type TranslatedLocale = Exclude<SupportedLocale, 'en'>;

/** An area's messages as a translation gives them: the same keys, any text, the same parameters. */
export type Translation<M> = { [K in keyof M]: M[K] extends string ? string : M[K] };

/**
 * One area's messages (decisions/0011): English is bundled with whatever imports the catalogue, each
 * other locale is a chunk behind a dynamic `import()`, loaded once on first use and cached here.
 */
export interface Catalogue<M extends Record<string, Message> = Record<string, Message>> {
  /** For error messages and tests only. */
  readonly area: string;
  readonly en: M;
  readonly translations: Readonly<Record<TranslatedLocale, () => Promise<{ default: Translation<M> }>>>;
  /** The locales already loaded (English from the start). */
  readonly loaded: Map<SupportedLocale, Readonly<Record<string, Message>>>;
  readonly pending: Map<SupportedLocale, Promise<Readonly<Record<string, Message>>>>;
}

export function defineCatalogue<M extends Record<string, Message>>(
  area: string,
  en: M,
  translations: Catalogue<M>['translations'],
): Catalogue<M> {
  return { area, en, translations, loaded: new Map([['en', en]]), pending: new Map() };
}

/** The catalogue's messages in `locale` if already loaded (synchronously), else undefined. */
export const loadedCatalogue = (catalogue: Catalogue, locale: SupportedLocale) =>
  catalogue.loaded.get(locale);

/** Loads the catalogue's messages in `locale`, once (concurrent callers share the request). */
export function loadCatalogue(
  catalogue: Catalogue,
  locale: SupportedLocale,
): Promise<Readonly<Record<string, Message>>> {
  const ready = catalogue.loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let promise = catalogue.pending.get(locale);
  if (!promise) {
    promise = catalogue.translations[locale as TranslatedLocale]().then(
      ({ default: messages }) => {
        catalogue.loaded.set(locale, messages);
        catalogue.pending.delete(locale);
        return messages;
      },
      (error: unknown) => {
        // A failed chunk (offline) may be asked again later; the previous language stays meanwhile.
        catalogue.pending.delete(locale);
        throw error;
      },
    );
    catalogue.pending.set(locale, promise);
  }
  return promise;
}
