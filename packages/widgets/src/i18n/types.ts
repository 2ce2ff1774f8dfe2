import type en from './locales/en/index.js';

/** A message is a string, or a function of its parameters (for plurals and placeholders). */
export type Message = string | ((params: never) => string);

/** The message catalogue: English is the source, every other locale must have the same keys. */
export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };
export type MessageKey = keyof Messages;

/** The parameters a message takes, or `never` for a plain string. */
export type MessageParams<K extends MessageKey> = Messages[K] extends (params: infer P) => string ? P : never;

export const supportedLocales = ['en', 'ru', 'ro', 'he'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
