// The role editor over 10,000 users of one org, in the page: first paint, a filter keystroke until
// the list shows the result, and the frame times while scrolling the windowed list.
import { createMockApp, type MockApp, WORLD } from '@onramp/mock-server';
import '@onramp/widgets/role-editor.js';
import { clientFor, frame, heapUsed, until } from './page-tools.js';

export const ROLE_EDITOR_USERS = 10_000;

export interface RoleEditorTimings {
  users: number;
  seedMs: number;
  firstPaintMs: number[];
  filterMs: number[];
  scrollFrameMs: number[];
  /** Time spent answering in the in-page mock while scrolling, per run. */
  scrollMockMs: number[];
  heapUsedBytes: number | null;
}

/** The `scale` scenario (10,000 customer orgs, 100,000 users), plus 10,000 users in one org. */
function scaleApp(): { app: MockApp; seedMs: number } {
  const started = performance.now();
  const app = createMockApp({ scenario: 'scale', speed: 0 });
  for (let n = 0; n < ROLE_EDITOR_USERS; n++) {
    const id = `bench-${String(n).padStart(5, '0')}`;
    app.store.directory.putUser({
      id,
      email: `${id}@berlin-bakery.example.com`,
      firstName: 'Bench',
      lastName: `User ${String(n).padStart(5, '0')}`,
      orgId: WORLD.provisionedCustomer,
      status: 'verified',
      roles: n % 50 === 0 ? ['read_only_admin'] : [],
      license: null,
      services: ['meetings'],
      version: 1,
      createdAt: 0,
    });
  }
  return { app, seedMs: performance.now() - started };
}

export async function runRoleEditor(runs: number): Promise<RoleEditorTimings> {
  const { app, seedMs } = scaleApp();
  // How much of a frame is the mock's (it answers in this page, on the same thread as the widget).
  let mockMs = 0;
  const handle = app.handle;
  Object.assign(app, {
    handle: async (request: Parameters<typeof handle>[0]) => {
      const started = performance.now();
      const answer = await handle(request);
      mockMs += performance.now() - started;
      return answer;
    },
  });
  const client = clientFor(app, 'customer-full-admin');
  const scrollMockMs: number[] = [];
  let heapUsedBytes: number | null = null;
  const firstPaintMs: number[] = [];
  const filterMs: number[] = [];
  const scrollFrameMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const editor = Object.assign(document.createElement('onramp-role-editor'), {
      client,
      orgId: WORLD.provisionedCustomer,
      // The keystroke-to-update figure is the widget's work; the default 300 ms pause is a choice.
      searchDelay: 0,
    });
    const root = () => editor.shadowRoot as ShadowRoot;
    const rows = () => root().querySelectorAll('[part="row"]');
    const mounted = performance.now();
    document.body.append(editor);
    await until(() => rows().length > 0);
    firstPaintMs.push(performance.now() - mounted);

    const search = root().querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
    const wanted = `User ${String(1234 + run).padStart(5, '0')}`;
    const typed = performance.now();
    search.value = wanted.slice(-5);
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => rows().length === 1 && (rows()[0]?.textContent ?? '').includes(wanted));
    filterMs.push(performance.now() - typed);
    search.value = '';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => rows().length > 1);

    // Scroll the windowed list 10 rows a frame for 120 frames; pages load as they come into view.
    const viewport = root().querySelector<HTMLElement>('.viewport') as HTMLElement;
    let last = await frame();
    mockMs = 0;
    // Written, never read back: reading scrollTop would force a layout a real wheel never does.
    let top = 0;
    for (let step = 0; step < 120; step++) {
      top += 560;
      viewport.scrollTop = top;
      const now = await frame();
      scrollFrameMs.push(now - last);
      last = now;
    }
    scrollMockMs.push(mockMs);
    if (run === runs - 1) heapUsedBytes = heapUsed();
    editor.remove();
  }
  return {
    users: ROLE_EDITOR_USERS,
    seedMs,
    firstPaintMs,
    filterMs,
    scrollFrameMs,
    scrollMockMs,
    heapUsedBytes,
  };
}
