import { ACTOR_TOKENS, schemeOf, type ThemeName } from '@onramp/story-kit';
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The languages the widgets ship (Hebrew is right to left). */
export const LOCALES = { en: 'English', ru: 'Русский', ro: 'Română', he: 'עברית (RTL)' } as const;
export type LocaleCode = keyof typeof LOCALES;

/**
 * "Custom": a partner portal's brand, through the kit's public tokens only (`--onramp-*`, see
 * packages/widgets/src/styles/tokens.ts), to show designers what a portal can change.
 */
export const CUSTOM_THEME: Record<string, string> = {
  '--onramp-font-family': "Georgia, 'Times New Roman', serif",
  '--onramp-radius': '14px',
  '--onramp-space': '0.625rem',
  '--onramp-color-accent': '#6b2fa3',
  '--onramp-color-on-accent': '#ffffff',
  '--onramp-color-surface': '#fffaf2',
  '--onramp-color-surface-raised': '#f6ecdc',
  '--onramp-color-text': '#2a1b12',
  '--onramp-color-text-muted': '#5c4636',
  '--onramp-color-border': '#b9a58f',
  '--onramp-color-focus': '#6b2fa3',
};

const PAGE_BACKGROUND: Record<ThemeName, string> = { light: '#ffffff', dark: '#0d1117', custom: '#fdf6ea' };

export const globalTypes = {
  locale: {
    description: 'Language of the widgets (Hebrew is right to left)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: Object.entries(LOCALES).map(([value, title]) => ({ value, title })),
      dynamicTitle: true,
    },
  },
  theme: {
    description: "Colour scheme, or a partner's brand set through the public tokens",
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'custom', title: 'Custom brand (tokens)' },
      ],
      dynamicTitle: true,
    },
  },
  actor: {
    description: 'Which seeded mock bearer token the widget signs in with',
    toolbar: {
      title: 'Actor',
      icon: 'user',
      items: [
        { value: 'story', title: "The story's actor" },
        ...ACTOR_TOKENS.map((token) => ({ value: token, title: token })),
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { locale: 'en', theme: 'light', actor: 'story' };

const isLocale = (value: unknown): value is LocaleCode => typeof value === 'string' && value in LOCALES;

/**
 * Language, direction and theme around every story. `<html lang dir>` is what a portal sets and
 * what the widgets follow (they re-render when it changes); the wrapper repeats it for the docs page.
 */
export const withToolbars: Decorator = (story, context) => {
  const locale = isLocale(context.globals.locale) ? context.globals.locale : 'en';
  const dir = locale === 'he' ? 'rtl' : 'ltr';
  const theme: ThemeName =
    context.globals.theme === 'dark' || context.globals.theme === 'custom' ? context.globals.theme : 'light';
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  document.documentElement.style.colorScheme = schemeOf(theme);
  const tokens = theme === 'custom' ? CUSTOM_THEME : {};
  const style = [
    ...Object.entries(tokens).map(([name, value]) => `${name}: ${value}`),
    `background: ${PAGE_BACKGROUND[theme]}`,
    'padding: 1rem',
  ].join('; ');
  return html`<div class="onramp-story" lang=${locale} dir=${dir} data-theme=${theme} style=${style}>${story()}</div>`;
};
