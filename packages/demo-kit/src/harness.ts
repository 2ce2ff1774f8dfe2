import { waitUntil } from '@onramp/devkit/waits';

type Widget = HTMLElement & { updateComplete?: Promise<boolean> };

/** The text of an element, whitespace folded, shadow root included. */
export const textOf = (element: Element | null | undefined): string =>
  (element?.shadowRoot?.textContent ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits (re-rendering) until `condition` holds; the widgets answer asynchronously from the mock. */
export function until(condition: () => boolean, what: string, widget?: Widget): Promise<void> {
  return waitUntil(condition, {
    what,
    before: () => widget?.updateComplete,
    shown: () => textOf(widget ?? document.body).slice(0, 800),
  });
}

/** The one element matching `selector`, in `scope`'s shadow root if it has one. */
export function find<E extends Element = HTMLElement>(scope: Element, selector: string): E {
  const found = (scope.shadowRoot ?? scope).querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${scope.localName}>: ${textOf(scope).slice(0, 600)}`);
  return found;
}

/** The button whose text is exactly `label`, in `scope`'s shadow root if it has one. */
export function buttonLabelled(scope: Element, label: string): HTMLButtonElement {
  const found = [...(scope.shadowRoot ?? scope).querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}" in <${scope.localName}>: ${textOf(scope).slice(0, 600)}`);
  return found;
}

/** Chooses an option of a host-page <select> the way a user does: the value, then a change event. */
export function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
