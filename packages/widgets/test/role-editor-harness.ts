import { WORLD } from '@onramp/mock-server';
import '../src/role-editor/onramp-role-editor.js';
import type { OnrampRoleEditor } from '../src/role-editor/role-editor.js';
import { mockFetch } from './mock-fetch.js';
import { buttonLabelled, mockClient, shadowText, until } from './widget-harness.js';

export const BERLIN = WORLD.provisionedCustomer;
export type Harness = ReturnType<typeof mockFetch>;

/** A role editor of Berlin Bakery signed in as `token`, once its list (or its refusal) shows. */
export async function mountEditor(token: string, { lang = 'en', harness = mockFetch() as Harness } = {}) {
  document.documentElement.lang = lang;
  const editor = document.createElement('onramp-role-editor');
  Object.assign(editor, { client: mockClient(token, harness), orgId: BERLIN, searchDelay: 0 });
  document.body.append(editor);
  await until(
    editor,
    () => !!root(editor).querySelector('[part="row"], [role="alert"], [part="empty"]'),
    'the list',
  );
  return { editor, harness };
}

export const root = (editor: OnrampRoleEditor) => editor.shadowRoot as ShadowRoot;
export const text = shadowText;
export const button = buttonLabelled;
export const names = (editor: OnrampRoleEditor) =>
  [...root(editor).querySelectorAll('[part="row"] button.name')].map((b) => b.textContent?.trim());
/** The text of a user's row in the list. */
export const rowOf = (editor: OnrampRoleEditor, name: string) =>
  [...root(editor).querySelectorAll('[part="row"]')]
    .find((row) => row.querySelector('button.name')?.textContent?.trim() === name)
    ?.textContent?.replace(/\s+/g, ' ') ?? '';

/**
 * Why a control is closed: the note its `aria-describedby` points at (said once per screen and
 * reason, so the note may sit beside another control), or null when it names none.
 */
export function reasonOf(editor: OnrampRoleEditor, element: Element | null | undefined): string | null {
  for (const id of element?.getAttribute('aria-describedby')?.split(' ') ?? []) {
    const note = root(editor).getElementById(id);
    if (note?.matches('[part~="reason"]')) return note.textContent?.trim() ?? '';
  }
  return null;
}

/** The role option `role-<role>` of the open dialog. */
export const roleOption = (editor: OnrampRoleEditor, id: string) =>
  root(editor).querySelector<HTMLInputElement>(`#${id}`);

/** Whether an element's description (all of it) is on screen: a dialog whose answers have come. */
const described = (editor: OnrampRoleEditor, element: Element | null) => {
  const ids = element?.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.length > 0 && ids.every((id) => !!root(editor).getElementById(id));
};

export async function openUser(editor: OnrampRoleEditor, name: string) {
  const row = [...root(editor).querySelectorAll<HTMLButtonElement>('button.name')].find(
    (b) => b.textContent === name,
  );
  if (!row) throw new Error(`no row ${name}: ${names(editor).join()}`);
  row.click();
  await until(editor, () => root(editor).querySelector('dialog')?.open === true, 'the dialog');
  const loaded = () => {
    const none = root(editor).querySelector<HTMLInputElement>('#role-none');
    const roles = !!none && (!none.disabled || reasonOf(editor, none) !== null);
    const licenses =
      !root(editor).querySelector('input[name="license"]') ||
      described(editor, root(editor).querySelector('input[name="license"]')!.closest('fieldset'));
    return (roles && licenses) || !!root(editor).querySelector('dialog [part~="error"]');
  };
  await until(editor, loaded, `the options of ${name}`);
}

/** An add form's input, once the form is there (its code loads at the first opening, decision 0073). */
export const formReady = (editor: OnrampRoleEditor, id: string) =>
  until(editor, () => !!root(editor).querySelector(`#${id}`), `the form of #${id}`);

/** Types into an input of the editor by its id. */
export function fill(editor: OnrampRoleEditor, id: string, value: string) {
  const input = root(editor).querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no input #${id}`);
  input.value = value;
}

/** Chooses a file in the import's file input, as a user (or a drop) would. */
export function chooseFile(editor: OnrampRoleEditor, content: string, name = 'users.csv') {
  const input = root(editor).querySelector<HTMLInputElement>('#import-file');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Holds the requests `matches` picks until `release()`: what the screen shows while one is in flight. */
export function gated(harness: Harness, matches: (method: string, url: string) => boolean) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (matches(request.method, request.url)) await gate;
    return harness.fetch(request);
  };
  return { harness: { ...harness, fetch }, release };
}
