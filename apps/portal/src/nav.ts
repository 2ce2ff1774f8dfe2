import { isolated } from './bidi.js';
import type { View } from './context.js';
import { h } from './dom.js';
import type { MessageKey, Translate } from './i18n/index.js';

const MAIN: View[] = ['customers', 'trial', 'orders', 'setup', 'admins', 'subscription', 'onboarding'];
const MORE: View[] = ['settings', 'about'];

export interface NavOptions {
  view: View;
  t: Translate;
  /** The selected customer's name, once known. */
  selectedName: string | undefined;
  /** Which backend, e.g. "In-browser mock", and its base URL. */
  backend: string;
  baseUrl: string;
  onShow(view: View): void;
}

/** The side navigation: the screens, the selected customer, and where requests go. */
export function renderNav({ view, t, selectedName, backend, baseUrl, onShow }: NavOptions) {
  const link = (target: View) => {
    const button = h(
      'button',
      { type: 'button', class: 'nav-link', 'aria-current': view === target ? 'page' : undefined },
      t(`nav.${target}` as MessageKey),
    );
    button.addEventListener('click', () => onShow(target));
    return h('li', {}, button);
  };
  return h(
    'nav',
    { class: 'sidenav', 'aria-label': t('nav.label') },
    h('ul', {}, MAIN.map(link)),
    h('ul', {}, MORE.map(link)),
    selectedName &&
      h(
        'p',
        { class: 'selected', id: 'selected-customer' },
        `${t('nav.selected')} `,
        h('strong', {}, isolated(selectedName)),
      ),
    h('p', { class: 'backend' }, backend, h('br'), h('code', {}, baseUrl)),
  );
}
