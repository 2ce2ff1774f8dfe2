import type { paths } from '@onramp/contract';
import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import createClient from 'openapi-fetch';
import { BASE_URL, mockFetch } from './mock-fetch.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot | null };

/** A typed client signed in as `token`, answered by the in-page mock of `harness`. */
export function mockClient(token: string, harness = mockFetch()) {
  return createClient<paths>({
    baseUrl: BASE_URL,
    fetch: harness.fetch,
    headers: { Authorization: `Bearer ${token}` },
  });
}

/** The widget's rendered text, whitespace folded (for assertions and timeout messages). */
export const shadowText = (widget: Widget) => widget.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Re-renders until `condition` holds: widgets answer asynchronously from the in-page mock. */
export function until(widget: Widget, condition: () => boolean, what = 'condition', extraMs = 0) {
  return waitUntil(condition, {
    what,
    interval: 5,
    // A wait that includes a countdown or a poll adds its length to the load-sized wait.
    timeout: WAIT_MS + extraMs,
    before: () => widget.updateComplete,
    shown: () => shadowText(widget).slice(0, 1500),
  });
}

/** The widget's button whose text is exactly `label`, or a failure that shows what is on screen. */
export function buttonLabelled(widget: Widget, label: string): HTMLButtonElement {
  const found = [...(widget.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}": ${shadowText(widget).slice(0, 800)}`);
  return found;
}
