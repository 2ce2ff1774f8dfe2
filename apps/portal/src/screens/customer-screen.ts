import { isolatedText } from '../bidi.js';
import type { Screen, ScreenContext } from '../context.js';
import { field, h, select } from '../dom.js';
import type { MessageKey } from '../i18n/index.js';

export type CustomerWidgetTag = 'onramp-role-editor' | 'onramp-subscription-panel' | 'onramp-setup-wizard';

/**
 * A screen about one customer: a heading, the customer picker, then `create(orgId)` (a widget) for
 * the selected customer, or `prompt` while none is selected.
 */
export function customerScreen(
  title: MessageKey,
  prompt: MessageKey,
  create: (orgId: string, context: ScreenContext) => HTMLElement,
): Screen {
  return (into, context) => {
    const { t } = context;
    const picker = h('div', {});
    into.append(h('h1', { tabindex: '-1' }, t(title)), picker);
    // The picker needs the customer list (so does the selected customer's name in the nav).
    void context.track(context.loadCustomers()).then(() => {
      if (!context.isCurrent()) return;
      const customers = context.customers();
      if (customers.length > 0) {
        const selected = context.selectedOrgId;
        const choice = select(
          { id: 'customer-picker' },
          [
            ['', t('picker.choose')],
            ...customers.map((org): [string, string] => [org.id, isolatedText(org.name)]),
          ],
          selected && customers.some((org) => org.id === selected) ? selected : '',
        );
        // The screen is drawn anew for the customer chosen: the keyboard stays on the picker.
        choice.addEventListener(
          'change',
          () => choice.value && context.select(choice.value, undefined, choice.id),
        );
        picker.replaceChildren(field(t('picker.label'), choice));
      }
      context.refreshNav();
      context.drawn();
    });
    const orgId = context.selectedOrgId;
    into.append(orgId ? create(orgId, context) : h('p', {}, t(prompt)));
  };
}

/**
 * A widget for the customer, talking through the portal's client; kept across re-renders (a
 * language switch), so whatever the user had typed in it stays.
 */
export function customerWidget<T extends CustomerWidgetTag>(
  tag: T,
  orgId: string,
  context: ScreenContext,
  setUp?: (element: HTMLElementTagNameMap[T]) => void,
): HTMLElementTagNameMap[T] {
  const element = context.keep(`${tag}:${orgId}`, () => {
    const created = document.createElement(tag);
    Object.assign(created, { client: context.client, orgId });
    setUp?.(created);
    return created;
  });
  element.theme = context.settings.theme;
  return element;
}
