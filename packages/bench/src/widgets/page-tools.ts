// Shared by the in-page timing runs (bundled for Chromium by esbuild).
import { createMockFetch, type MockApp } from '@onramp/mock-server';
import { createOnrampClient, type OnrampClient } from '@onramp/sdk';

export const baseUrl = 'http://onramp.bench/v1';

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame((time) => resolve(time)));

/**
 * Waits until `condition` holds (checked after every task, not only every frame), then for the frame
 * that paints it. Returns when the content was ready; the caller reads the clock after for "painted".
 */
export async function until(condition: () => boolean, limitMs = 20_000): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > limitMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const ready = performance.now();
  await frame();
  return ready;
}

/**
 * The SDK client a host hands the widgets (their `client` property), answered by the mock's core in
 * this page. No retries: as the widgets' own quick start (decision 0050), so a timing is one answer.
 */
export function clientFor(app: MockApp, token = 'partner-full-admin'): OnrampClient {
  return createOnrampClient({ baseUrl, token, retry: false, fetch: createMockFetch({ baseUrl, app }) });
}

/** JS heap in use, after a garbage collection when the page may ask for one (`--expose-gc`). */
export function heapUsed(): number | null {
  (globalThis as { gc?: () => void }).gc?.();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory?.usedJSHeapSize ?? null;
}

export interface FirstRenderTimings {
  /** Append → content in the DOM. */
  readyMs: number[];
  /** Append → the frame that paints it. */
  firstRenderMs: number[];
  /** With the last one still mounted. */
  heapUsedBytes: number | null;
}

/** Mounts a fresh widget `runs` times: from `append` to the frame that shows `ready`. */
export async function timeFirstRender(
  runs: number,
  create: () => HTMLElement,
  ready: (widget: HTMLElement) => boolean,
): Promise<FirstRenderTimings> {
  const readyMs: number[] = [];
  const firstRenderMs: number[] = [];
  let heapUsedBytes: number | null = null;
  for (let run = 0; run < runs; run++) {
    const widget = create();
    const mounted = performance.now();
    document.body.append(widget);
    readyMs.push((await until(() => ready(widget))) - mounted);
    firstRenderMs.push(performance.now() - mounted);
    if (run === runs - 1) heapUsedBytes = heapUsed();
    widget.remove();
  }
  return { readyMs, firstRenderMs, heapUsedBytes };
}
