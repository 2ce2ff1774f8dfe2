// Runs inside headless Chromium (bundled by esbuild): mounts widgets against the mock server's core
// in the page, and times them with performance.now() up to the next painted frame.
import { createMockApp, WORLD } from '@onramp/mock-server';
import '@onramp/widgets/customer-onboarding.js';
import '@onramp/widgets/setup-prompt.js';
import '@onramp/widgets/setup-wizard.js';
import '@onramp/widgets/status-badge.js';
import '@onramp/widgets/subscription-panel.js';
import { clientFor, type FirstRenderTimings, heapUsed, timeFirstRender, until } from './page-tools.js';
import { runRoleEditor } from './role-editor-run.js';

export type { FirstRenderTimings } from './page-tools.js';
export type { RoleEditorTimings } from './role-editor-run.js';

export interface WizardTimings {
  firstRenderMs: number[];
  stepTransitionMs: number[];
  heapUsedBytes: number | null;
}

async function runWizard(runs: number): Promise<WizardTimings> {
  const firstRenderMs: number[] = [];
  const stepTransitionMs: number[] = [];
  let heapUsedBytes: number | null = null;
  for (let run = 0; run < runs; run++) {
    const client = clientFor(createMockApp({ speed: 0 }));
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
    if (run === runs - 1) heapUsedBytes = heapUsed();
    wizard.remove();
  }
  return { firstRenderMs, stepTransitionMs, heapUsedBytes };
}

/** First render of the widgets that load once and then wait for the admin. */
async function runFirstRenders(runs: number): Promise<Record<string, FirstRenderTimings>> {
  const app = createMockApp({ speed: 0 });
  const client = clientFor(app);
  const customerId = app.store.customerByExternal('ext-1')?.id ?? '';
  const shadow = (widget: HTMLElement, selector: string) => !!widget.shadowRoot?.querySelector(selector);
  return {
    '<onramp-subscription-panel>': await timeFirstRender(
      runs,
      () => Object.assign(document.createElement('onramp-subscription-panel'), { client, customerId }),
      (widget) => shadow(widget, 'section h3'),
    ),
    '<onramp-customer-onboarding>': await timeFirstRender(
      runs,
      () => Object.assign(document.createElement('onramp-customer-onboarding'), { client }),
      (widget) => shadow(widget, 'button[type="submit"]'),
    ),
    '<onramp-setup-prompt>': await timeFirstRender(
      runs,
      () => Object.assign(document.createElement('onramp-setup-prompt'), { orgId: WORLD.trialCustomer }),
      (widget) => shadow(widget, 'button'),
    ),
    '<onramp-status-badge>': await timeFirstRender(
      runs,
      () =>
        Object.assign(document.createElement('onramp-status-badge'), {
          tone: 'success',
          textContent: 'Provisioned',
        }),
      (widget) => shadow(widget, '[part="base"]'),
    ),
  };
}

Object.assign(window, { runWizard, runFirstRenders, runRoleEditor });
