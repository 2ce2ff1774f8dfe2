import { expect } from 'vitest';

/**
 * Hostile strings for every user-controlled field (issue #10): markup that runs script if it is
 * ever parsed as HTML (each sets `window.__pwned`), a `javascript:` URL, bidi overrides, emoji, and
 * a word too long for any line. They fit the contract's length limits, so the mock stores them.
 */
export const HOSTILE = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `<svg onload="window.__pwned='svg'"></svg>`,
  jsUrl: `javascript:window.__pwned='url'//`,
  rtl: '\u202Egnp.exe\u202C',
  emoji: '👩🏽‍💻🏳️‍🌈',
  long: 'W'.repeat(180),
} as const;

/** What the payloads would create if parsed; a widget's own elements never match. */
const PAYLOAD_ELEMENTS =
  'img[src="x"], script, svg[onload], [onerror], [onload], a[href^="javascript:" i], iframe';

type Pwned = Window & { __pwned?: string };

/** Every shadow root under `node`, nested components included. */
export function shadowRoots(node: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (element: Element) => {
    if (element.shadowRoot) {
      roots.push(element.shadowRoot);
      for (const child of element.shadowRoot.querySelectorAll('*')) visit(child);
    }
  };
  visit(node);
  for (const child of node.querySelectorAll('*')) visit(child);
  return roots;
}

/** The text a person can read in the widget: its shadow trees and what is slotted into it. */
export function visibleText(widget: Element): string {
  return [widget.textContent ?? '', ...shadowRoots(widget).map((root) => root.textContent ?? '')].join(' ');
}

/** Every text node under the widget (light and shadow) that contains `needle`. */
function textNodesWith(widget: Element, needle: string): Text[] {
  const found: Text[] = [];
  for (const root of [widget, ...shadowRoots(widget)]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.includes(needle)) found.push(node as Text);
  }
  return found;
}

/** The nearest ancestor that clips its content horizontally (crossing shadow boundaries). */
function clipRight(start: Element | null, limit: number): number {
  for (let element = start; element; ) {
    const overflow = getComputedStyle(element).overflowX;
    if (overflow !== 'visible') return Math.min(limit, element.getBoundingClientRect().right);
    element =
      element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return limit;
}

/** Lets an `onerror`/`onload` that a payload might have planted fire. */
export async function settle() {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * The hostile strings are shown as text, nothing in them became an element or ran, and the long
 * word stays within the widget's box (it wraps, is clipped, or scrolls inside the widget).
 */
export async function expectRenderedAsText(widget: HTMLElement, shown: readonly string[]) {
  await settle();
  const label = widget.localName;
  expect((window as Pwned).__pwned, `${label}: a payload ran`).toBeUndefined();
  for (const root of shadowRoots(widget)) {
    const planted = [...root.querySelectorAll(PAYLOAD_ELEMENTS)].map((element) =>
      element.outerHTML.slice(0, 80),
    );
    expect(planted, `${label}: elements from a payload`).toEqual([]);
  }
  expect([...widget.querySelectorAll(PAYLOAD_ELEMENTS)], `${label}: light DOM`).toEqual([]);
  const text = visibleText(widget);
  for (const value of shown) expect(text, `${label} shows ${value.slice(0, 40)} literally`).toContain(value);
  const host = widget.getBoundingClientRect();
  const width = widget.parentElement?.getBoundingClientRect().width ?? host.width;
  expect(host.width, `${label}: the host keeps its container's width`).toBeLessThanOrEqual(width + 1);
  for (const node of textNodesWith(widget, HOSTILE.long.slice(0, 40))) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const right = Math.min(
      range.getBoundingClientRect().right,
      clipRight(node.parentElement, Number.POSITIVE_INFINITY),
    );
    // A modal dialog sits in the top layer, sized by itself: the word must stay inside the dialog.
    const dialog = node.parentElement?.closest('dialog[open]');
    const bound = dialog ? dialog.getBoundingClientRect().right : host.right;
    expect(
      right,
      `${label}: the long word ends inside the ${dialog ? 'dialog' : 'widget'}`,
    ).toBeLessThanOrEqual(bound + 1);
  }
}
