// Runs inside headless Chromium (bundled by esbuild): mounts widgets against the mock server's core
// in the page, and times them with performance.now() up to the next painted frame.
import type { paths } from '@onramp/contract';
import { createMockApp, createMockFetch, WORLD } from '@onramp/mock-server';
import '@onramp/widgets/setup-wizard.js';
import createClient from 'openapi-fetch';

const baseUrl = 'http://onramp.bench/v1';
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function until(condition: () => boolean, limitMs = 10_000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > limitMs) throw new Error('timed out');
    await frame();
  }
  await frame(); // the frame that shows it
}

export interface WizardTimings {
  firstRenderMs: number[];
  stepTransitionMs: number[];
  heapUsedBytes: number | null;
}

async function runWizard(runs: number): Promise<WizardTimings> {
  const firstRenderMs: number[] = [];
  const stepTransitionMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const app = createMockApp({ speed: 0 });
    const client = createClient<paths>({
      baseUrl,
      fetch: createMockFetch({ baseUrl, app }),
      headers: { Authorization: 'Bearer partner-full-admin' },
    });
    const wizard = document.createElement('onramp-setup-wizard');
    Object.assign(wizard, { client, orgId: WORLD.trialCustomer });
    const heading = () => wizard.shadowRoot?.querySelector('#step-heading')?.textContent ?? '';
    const mounted = performance.now();
    document.body.append(wizard);
    await until(() => heading() !== '');
    firstRenderMs.push(performance.now() - mounted);
    const before = heading();
    const clicked = performance.now();
    wizard.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="primary"]')?.click();
    await until(() => heading() !== before);
    stepTransitionMs.push(performance.now() - clicked);
    wizard.remove();
  }
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return { firstRenderMs, stepTransitionMs, heapUsedBytes: memory?.usedJSHeapSize ?? null };
}

(window as unknown as { runWizard: typeof runWizard }).runWizard = runWizard;
