// The React demo in real Chromium against the in-page mock (Vitest serves the page, so the service
// worker is not used: the app gets the mock's fetch, the same core and handlers).
import { embeddingTests, untilUsersShown } from '@onramp/demo-kit';
import { createMockApp, createMockFetch } from '@onramp/mock-server';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, vi } from 'vitest';
import { App } from '../src/App.js';

const BASE_URL = 'http://onramp.test/v1';

let container: HTMLElement;
let root: Root;

async function start() {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const fetch = createMockFetch({ baseUrl: BASE_URL, app: createMockApp({ speed: 0 }) });
  const onWidgetEvent = vi.fn<(event: Event) => void>();
  flushSync(() => root.render(<App baseUrl={BASE_URL} fetch={fetch} onWidgetEvent={onWidgetEvent} />));
  const editor = container.querySelector('onramp-role-editor')!;
  await untilUsersShown(editor);
  return { container, editor, onWidgetEvent };
}

afterEach(async () => {
  flushSync(() => root.unmount());
  container.remove();
});

describe('the React demo embedding the widgets through @onramp/react', () => {
  embeddingTests(
    {
      framework: 'React',
      roleChangeHandler: "React's onRoleChange",
      stepChangeHandler: 'onSetupStepChange',
      bindings: 'props',
    },
    start,
  );
});
