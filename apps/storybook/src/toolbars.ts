import { createMockApp } from '@onramp/mock-server';
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

const ROLE_NAMES: Record<string, string> = {
  full_admin: 'full admin',
  service_admin: 'service admin',
  provisioning_admin: 'provisioning admin',
  read_only_admin: 'read-only admin',
};

/**
 * Who each seeded token signs in as, read from the mock's own seed (one source with the stories'
 * worlds): "Pat Partner, Acme Telecom (full admin)", not "partner-full-admin".
 */
export function actorTitles(): Record<string, string> {
  const { store } = createMockApp({ speed: 0 });
  return Object.fromEntries(
    ACTOR_TOKENS.map((token) => {
      const userId = store.tokens.get(token);
      const user = userId === undefined ? undefined : store.directory.users.get(userId);
      const org = user && store.directory.orgs.get(user.orgId);
      if (!user || !org) return [token, token];
      const role = user.roles.map((name) => ROLE_NAMES[name] ?? name).join(', ') || 'no admin role';
      return [token, `${user.firstName} ${user.lastName}, ${org.name} (${role})`.trim()];
    }),
  );
}
const ACTOR_TITLES = actorTitles();

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
    description: 'Which seeded person of the mock the widget signs in as',
    toolbar: {
      title: 'Actor',
      icon: 'user',
      items: [
        { value: 'story', title: "The story's actor" },
        ...ACTOR_TOKENS.map((token) => ({ value: token, title: ACTOR_TITLES[token] ?? token })),
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
