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
  /** The address of a screen (with the selected customer): a real link, which opens in a new tab too. */
  hrefOf(view: View): string;
  onShow(view: View): void;
  /** Puts the in-browser mock back to its seed; resolves to a problem line if it failed. Absent: no control. */
  onResetDemo?: () => Promise<string | undefined>;
}

/** The side navigation: the screens, the selected customer, and where requests go. */
export function renderNav({
  view,
  t,
  selectedName,
  backend,
  baseUrl,
  hrefOf,
  onShow,
  onResetDemo,
}: NavOptions) {
  const link = (target: View) => {
    const anchor = h(
      'a',
      { href: hrefOf(target), class: 'nav-link', 'aria-current': view === target ? 'page' : undefined },
      t(`nav.${target}` as MessageKey),
    );
    anchor.addEventListener('click', (event) => {
      // A new tab or window (a modifier, the middle button) is the browser's to open.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      onShow(target);
    });
    return h('li', {}, anchor);
  };
  return h(
    'nav',
    { class: 'sidenav', 'aria-label': t('nav.label') },
    h('ul', {}, MAIN.map(link)),
    h('ul', {}, MORE.map(link)),
    selectedName &&
      h(
        'p',
        { class: 'nav-selected', id: 'selected-customer' },
        `${t('nav.selected')} `,
        h('strong', {}, isolated(selectedName)),
      ),
    h('p', { class: 'backend' }, backend, h('br'), h('code', {}, baseUrl)),
    onResetDemo && resetDemo(t, onResetDemo),
  );
}

/**
 * "Reset demo data", asked twice: the first press asks to confirm (what is lost), the second resets.
 * The keyboard stays on the control that replaced the one pressed.
 */
function resetDemo(t: Translate, reset: () => Promise<string | undefined>) {
  const box = h('div', { class: 'reset-demo', id: 'reset-demo' });
  const status = h('p', { role: 'status', class: 'help', id: 'reset-demo-status' });
  const button = (id: string, label: string, onClick: () => void) => {
    const element = h('button', { type: 'button', class: 'secondary', id }, label);
    element.addEventListener('click', onClick);
    return element;
  };
  const idle = () => {
    const ask = button('reset-demo-ask', t('nav.resetDemo'), () => {
      confirm();
      box.querySelector<HTMLButtonElement>('#reset-demo-confirm')?.focus();
    });
    box.replaceChildren(ask, status);
    return ask;
  };
  const confirm = () => {
    status.textContent = t('nav.resetDemoConfirm');
    box.replaceChildren(
      status,
      h(
        'div',
        { class: 'actions' },
        button('reset-demo-confirm', t('nav.resetDemoYes'), () => {
          void reset().then((problem) => {
            if (!box.isConnected) return;
            idle().focus();
            status.textContent = problem ? t('nav.resetDemoFailed', { problem }) : '';
          });
        }),
        button('reset-demo-cancel', t('nav.resetDemoCancel'), () => {
          status.textContent = '';
          idle().focus();
        }),
      ),
    );
  };
  idle();
  return box;
}
