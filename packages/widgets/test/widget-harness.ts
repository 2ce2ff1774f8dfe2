import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { createOnrampClient } from '@onramp/sdk';
import { BASE_URL, mockFetch } from './mock-fetch.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot | null };

/**
 * The SDK client a host hands a widget, signed in as `token` and answered by the in-page mock of
 * `harness` (`fetch` as given, or the harness's). No retries, as the widgets' own quick-start client:
 * what a test sees is what the widget's rules do.
 */
export function mockClient(
  token: string,
  harness = mockFetch(),
  fetch: typeof harness.fetch = harness.fetch,
) {
  return createOnrampClient({ baseUrl: BASE_URL, token, fetch, retry: false });
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
