import { type MockApp, WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import { buttonLabelled, mockClient, shadowText, until } from '../../test/widget-harness.js';
import './onramp-role-editor.js';
import type { OnrampRoleEditor } from './role-editor.js';
import { ROW_HEIGHT } from './virtual-list.js';

const BERLIN = WORLD.provisionedCustomer;

async function mount(token: string, { lang = 'en', harness = mockFetch(), searchDelay = 0 } = {}) {
  document.documentElement.lang = lang;
  const client = mockClient(token, harness);
  const editor = document.createElement('onramp-role-editor');
  Object.assign(editor, { client, orgId: BERLIN, searchDelay });
  document.body.append(editor);
  await until(editor, () => !!root(editor).querySelector('[part="row"], [role="alert"]'), 'the list');
  return { editor, harness };
}

const root = (editor: OnrampRoleEditor) => editor.shadowRoot!;
const text = shadowText;
const names = (editor: OnrampRoleEditor) =>
  [...root(editor).querySelectorAll('[part="row"] button.name')].map((b) => b.textContent?.trim());
const button = buttonLabelled;
const listCalls = (calls: Array<{ method: string; path: string }>) =>
  calls.filter((call) => call.method === 'GET' && call.path.endsWith('/users')).length;
async function openUser(editor: OnrampRoleEditor, name: string) {
  [...root(editor).querySelectorAll<HTMLButtonElement>('button.name')]
    .find((b) => b.textContent === name)
    ?.click();
  await until(editor, () => !!root(editor).querySelector('dialog[open] #role-none'), `the dialog of ${name}`);
}

/** 10,000 more users in Berlin Bakery, straight into the mock's store. */
function addUsers(app: MockApp, count: number) {
  for (let n = 0; n < count; n++) {
    const id = `load-${String(n).padStart(5, '0')}`;
    app.store.directory.putUser({
      id,
      email: `${id}@berlin-bakery.example.com`,
      firstName: 'Load',
      lastName: `Tester ${String(n).padStart(5, '0')}`,
      orgId: BERLIN,
      status: 'verified',
      roles: [],
      license: null,
      services: ['meetings'],
      version: 1,
      createdAt: 0,
    });
  }
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> list and changes, against the mock in Chromium', () => {
  it('scrolls 10,015 users with a few page requests and never more than 200 rows in the DOM', async () => {
    const harness = mockFetch();
    addUsers(harness.app, 10_000);
    const { editor } = await mount('customer-full-admin', { harness });
    expect(text(editor)).toContain('10,015 users');
    const viewport = root(editor).querySelector<HTMLElement>('.viewport')!;
    const started = performance.now();
    viewport.scrollTop = 6_000 * ROW_HEIGHT;
    viewport.dispatchEvent(new Event('scroll'));
    await until(
      editor,
      () => !!root(editor).querySelector('[part="row"][aria-rowindex="6002"]'),
      'row 6,001',
    );
    const elapsed = performance.now() - started;
    expect(root(editor).querySelectorAll('[role="row"]').length).toBeLessThanOrEqual(201);
    expect(names(editor)).toContain('Load Tester 05996');
    expect(listCalls(harness.calls)).toBeLessThanOrEqual(4);
    console.info(`role-editor: scrolled to row 6,000 of 10,015 in ${elapsed.toFixed(0)} ms`);
    await expectNoAxeViolations(editor);
  });

  it('scrolls without re-rendering the editor: rows that stay are untouched, new ones come in', async () => {
    const harness = mockFetch();
    addUsers(harness.app, 10_000);
    const { editor } = await mount('customer-full-admin', { harness });
    const viewport = root(editor).querySelector<HTMLElement>('.viewport')!;
    const row = (index: number) => root(editor).querySelector(`.body [aria-rowindex="${index + 2}"]`);
    viewport.scrollTop = 10 * ROW_HEIGHT;
    await until(editor, () => !!row(21)?.matches('[part="row"]'), 'rows down to 21');
    const kept = row(15);
    let hostUpdates = 0;
    const requestUpdate = editor.requestUpdate.bind(editor);
    editor.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
      hostUpdates++;
      requestUpdate(...args);
    };
    // Within the loaded page: the window moves by the rows alone, in the next animation frame.
    viewport.scrollTop = 14 * ROW_HEIGHT;
    await until(editor, () => !row(3), 'rows above 4 gone (overscan 10)');
    expect(row(15)).toBe(kept); // keyed by index: the same element, not re-rendered into another
    expect(hostUpdates).toBe(0);
  });

  it('is one tab stop moved by the arrows, Page Down, Home and End; focus survives scrolling away', async () => {
    const harness = mockFetch();
    addUsers(harness.app, 10_000);
    const { editor } = await mount('customer-full-admin', { harness });
    const focused = () => root(editor).activeElement?.textContent?.trim();
    const press = (key: string) =>
      root(editor).activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
      );
    const stops = () =>
      [...root(editor).querySelectorAll<HTMLButtonElement>('button.name')].filter((b) => b.tabIndex === 0);
    expect(stops().map((b) => b.textContent)).toEqual(['Anna Schmidt']);
    stops()[0]!.focus();
    press('ArrowDown');
    await until(editor, () => focused() === 'Ben Weber', 'Ben Weber focused');
    expect(stops().map((b) => b.textContent)).toEqual(['Ben Weber']);
    press('ArrowUp');
    await until(editor, () => focused() === 'Anna Schmidt', 'back on Anna Schmidt');
    press('PageDown');
    await until(editor, () => /^Load Tester/.test(focused() ?? ''), 'a page down');
    press('End');
    await until(editor, () => focused() === 'Uma Neu', 'the last user (its page loaded on the way)');
    const uma = root(editor).activeElement;
    expect(uma?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex')).toBe('10016');
    // Scrolled away by the mouse, the focused row stays rendered and focused, alone out of the window.
    const viewport = root(editor).querySelector<HTMLElement>('.viewport')!;
    viewport.scrollTop = 0;
    await until(editor, () => names(editor).includes('Anna Schmidt'), 'the top again');
    expect(root(editor).activeElement).toBe(uma);
    expect(root(editor).querySelectorAll('[role="row"]').length).toBeLessThanOrEqual(202);
    press('Home');
    await until(editor, () => focused() === 'Anna Schmidt', 'Home');
    expect(root(editor).querySelector('[aria-rowindex="10016"]')).toBeNull();
    root(editor).activeElement?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(editor, () => root(editor).querySelector('dialog')?.open === true, 'the dialog of Anna');
    expect(text(editor)).toContain('anna.schmidt@berlin-bakery.example.com · Berlin Bakery');
    await expectNoAxeViolations(editor);
  });

  it('keeps a tab stop when the focused last user is removed', async () => {
    const { editor } = await mount('customer-full-admin');
    const stops = () =>
      [...root(editor).querySelectorAll<HTMLButtonElement>('button.name')].filter((b) => b.tabIndex === 0);
    stops()[0]!.focus();
    root(editor).activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
    );
    await until(editor, () => root(editor).activeElement?.textContent === 'Uma Neu', 'Uma Neu focused');
    await openUser(editor, 'Uma Neu');
    button(editor, 'Remove user').click();
    await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
    button(editor, 'Remove').click();
    await until(editor, () => text(editor).includes('14 users'), 'the list without Uma');
    expect(stops().map((b) => b.textContent)).toEqual(['Steve Service']);
  });

  it('debounces the search and asks the server once for what was typed', async () => {
    const { editor, harness } = await mount('customer-full-admin', { searchDelay: 40 });
    const before = listCalls(harness.calls);
    const search = root(editor).querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const value of ['s', 'sa', 'sam']) {
      search.value = value;
      search.dispatchEvent(new InputEvent('input'));
    }
    await until(editor, () => names(editor).join() === 'Sam Okafor', 'the search result');
    expect(listCalls(harness.calls) - before).toBe(1);
    search.value = 'nobody-here';
    search.dispatchEvent(new InputEvent('input'));
    await until(editor, () => text(editor).includes('No users match.'), 'the empty state');
    await expectNoAxeViolations(editor);
  });

  it('shows a failed load with a retry that works', async () => {
    const harness = mockFetch();
    harness.app.faults.setRoute('listUsers', { forceStatus: 503 });
    const { editor } = await mount('customer-full-admin', { harness });
    expect(root(editor).querySelector('[role="alert"]')?.textContent).toMatch(/Something went wrong/);
    await expectNoAxeViolations(editor);
    harness.app.faults.clear();
    button(editor, 'Try again').click();
    await until(editor, () => names(editor).length === 15, 'the list after the retry');
  });

  it('notices a concurrent change (412), shows the latest values and overwrites nothing', async () => {
    const { editor, harness } = await mount('customer-full-admin');
    await openUser(editor, 'Ben Weber');
    const ben = await (
      await harness.fetch(`${BASE_URL}/organizations/${BERLIN}/users?search=ben.weber`, {
        headers: { Authorization: 'Bearer customer-service-admin' },
      })
    ).json();
    const other = await harness.fetch(
      `${BASE_URL}/organizations/${BERLIN}/users/${ben.items[0].id}/license`,
      {
        method: 'PUT',
        headers: {
          Authorization: 'Bearer customer-service-admin',
          'Content-Type': 'application/json',
          'If-Match': `"${ben.items[0].version}"`,
        },
        body: JSON.stringify({ license: null }),
      },
    );
    expect(other.status).toBe(200);
    root(editor).querySelector<HTMLInputElement>('#license-cc_standard')!.click();
    await until(editor, () => !button(editor, 'Change license').disabled);
    button(editor, 'Change license').click();
    await until(editor, () => !!root(editor).querySelector('[part="confirm"]'));
    button(editor, 'Apply').click();
    await until(editor, () => text(editor).includes('Someone else changed this user'), 'the 412 notice');
    await until(
      editor,
      () => root(editor).querySelector<HTMLInputElement>('#license-none')!.checked,
      'the reload',
    );
    await expectNoAxeViolations(editor);
  });

  it('resends the invitation of an unverified user', async () => {
    const { editor } = await mount('customer-service-admin');
    await openUser(editor, 'Uma Neu');
    button(editor, 'Resend invitation').click();
    await until(
      editor,
      () => text(editor).includes('The invitation was sent again to uma.unverified'),
      'the notice',
    );
  });

  it('speaks Hebrew right to left, axe-clean', async () => {
    const { editor } = await mount('customer-full-admin', { lang: 'he' });
    await until(editor, () => text(editor).includes('משתמשים ומנהלים'), 'Hebrew');
    const base = root(editor).querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(base).direction).toBe('rtl');
    expect(text(editor)).toContain('כל המנהלים החיצוניים');
    await expectNoAxeViolations(editor);
  });
});
