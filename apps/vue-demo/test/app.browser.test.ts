// The Vue demo in real Chromium against the in-page mock (Vitest serves the page, so the service
// worker is not used: the app gets the mock's fetch, the same core and handlers).
import { embeddingTests, untilUsersShown } from '@onramp/demo-kit';
import { createMockApp, createMockFetch, WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App as VueApp } from 'vue';
import App from '../src/App.vue';

const BASE_URL = 'http://onramp.test/v1';

let container: HTMLElement;
let app: VueApp;
// Vue warns (e.g. "Failed to resolve component: onramp-role-editor") when `isCustomElement` is missing.
let warnings: string[] = [];

async function start() {
  container = document.createElement('div');
  document.body.append(container);
  const fetch = createMockFetch({ baseUrl: BASE_URL, app: createMockApp({ speed: 0 }) });
  const onWidgetEvent = vi.fn<(event: Event) => void>();
  app = createApp(App, { baseUrl: BASE_URL, fetch, onWidgetEvent });
  warnings = [];
  app.config.warnHandler = (message) => void warnings.push(message);
  app.mount(container);
  const editor = container.querySelector('onramp-role-editor')!;
  await untilUsersShown(editor);
  return { container, editor, onWidgetEvent };
}

afterEach(() => {
  app.unmount();
  container.remove();
  expect(warnings).toEqual([]);
});

describe('the Vue demo embedding the widgets as custom elements', () => {
  it("shows the bound org id in the element's org-id attribute too", async () => {
    const { editor } = await start();
    expect(editor.getAttribute('org-id')).toBe(WORLD.provisionedCustomer);
  });

  embeddingTests(
    {
      framework: 'Vue',
      roleChangeHandler: 'the @onramp-role-change listener',
      stepChangeHandler: '@onramp-setup-step-change',
      bindings: 'bindings',
    },
    start,
  );
});
