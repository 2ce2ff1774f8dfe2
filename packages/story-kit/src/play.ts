import { WAIT_MS } from '@onramp/devkit/waits';
import { expect, waitFor, within } from 'storybook/test';

type Widget = HTMLElement & { updateComplete?: Promise<boolean> };

/** The story's widget (the first element with this tag in the canvas). */
export async function widgetIn<Tag extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: Tag,
): Promise<HTMLElementTagNameMap[Tag]> {
  const widget = await waitFor(
    () => {
      const found = canvasElement.querySelector(tag);
      if (!found?.shadowRoot) throw new Error(`<${tag}> is not rendered yet`);
      return found;
    },
    { timeout: WAIT_MS },
  );
  await (widget as Widget).updateComplete;
  return widget;
}

/**
 * Testing Library queries inside the widget's shadow root (they do not pierce it from outside),
 * scoped to its root element (`part="base"`): Testing Library prints an element, not a ShadowRoot.
 */
export function inside(widget: HTMLElement): ReturnType<typeof within> {
  const root = widget.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!root) throw new Error(`<${widget.localName}> has not rendered its base part`);
  return within(root);
}

/** The widget's visible text, whitespace folded. */
export const textOf = (widget: HTMLElement, selector?: string) =>
  ((selector ? widget.shadowRoot?.querySelector(selector) : widget.shadowRoot)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** Waits until the widget shows `text` (widgets answer asynchronously from the in-page mock). */
export async function shows(widget: HTMLElement, text: string | RegExp, selector?: string) {
  await waitFor(() => expect(textOf(widget, selector)).toMatch(text), { timeout: WAIT_MS });
}
