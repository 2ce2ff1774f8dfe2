import type { Me } from '@onramp/contract';
import { actors } from './actors.js';
import { isolated, sentence } from './bidi.js';
import { field, h, select } from './dom.js';
import { type Lang, languages, type Translate } from './i18n/index.js';
import type { PortalSettings } from './settings.js';

export interface HeaderOptions {
  settings: PortalSettings;
  t: Translate;
  me: Me | undefined;
  /** Shown instead of the tagline when `/me` failed. */
  meProblem: string | undefined;
  onActor(token: string): void;
  onLanguage(lang: Lang): void;
  onTheme(theme: PortalSettings['theme']): void;
}

/**
 * The masthead: whose portal this is, and the actor switch (the mock's seeded admins: the
 * permission rules at work), the language and the theme.
 */
export function renderHeader({ settings, t, me, meProblem, ...on }: HeaderOptions) {
  const actorSelect = select(
    { id: 'actor' },
    actors.map((actor) => [actor.token, t(`actor.${actor.token}`, { name: actor.name })]),
    settings.token,
  );
  actorSelect.addEventListener('change', () => on.onActor(actorSelect.value));
  const langSelect = select(
    { id: 'lang' },
    languages.map((l) => [l.code, l.label]),
    settings.lang,
  );
  for (const option of langSelect.options) option.lang = option.value;
  langSelect.addEventListener('change', () => on.onLanguage(langSelect.value as Lang));
  const dark = settings.theme === 'dark';
  // The button names the theme it switches to (an action, as its label changes: no aria-pressed,
  // which would announce "Light theme, pressed" for the dark theme).
  const themeButton = h(
    'button',
    { type: 'button', id: 'theme', class: 'ghost', 'data-theme': settings.theme },
    t(dark ? 'header.lightTheme' : 'header.darkTheme'),
  );
  themeButton.addEventListener('click', () => on.onTheme(dark ? 'light' : 'dark'));
  const orgName = me?.orgName ?? t('header.notConnected');
  const tagline = me
    ? sentence(t, 'header.tagline', { name: me.displayName, kind: t(`orgKind.${me.orgKind}`) })
    : (meProblem ?? t('header.connecting'));
  return h(
    'header',
    { class: 'masthead' },
    h(
      'div',
      { class: 'identity' },
      h('span', { class: 'logo', 'aria-hidden': 'true' }, orgName.slice(0, 1)),
      h(
        'div',
        {},
        h('p', { class: 'org-name', id: 'org-name' }, me ? isolated(orgName) : orgName),
        h('p', { class: 'tagline' }, tagline),
      ),
    ),
    h(
      'div',
      { class: 'toolbar' },
      field(t('header.signedInAs'), actorSelect),
      field(t('header.language'), langSelect),
      themeButton,
    ),
  );
}
