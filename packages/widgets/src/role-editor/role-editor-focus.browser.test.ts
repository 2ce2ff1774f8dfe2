import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mockFetch } from '../../test/mock-fetch.js';
import {
  BERLIN,
  button,
  fill,
  formReady,
  gated,
  mountEditor,
  openUser,
  root,
} from '../../test/role-editor-harness.js';
import { until } from '../../test/widget-harness.js';
import type { OnrampRoleEditor } from './role-editor.js';

/**
 * Keyboard focus after every action (real focus: each control is focused, then pressed): it never
 * drops to the page's body while the admin acts in the editor, and is never taken from the page.
 */

const active = (editor: OnrampRoleEditor) => root(editor).activeElement as HTMLElement | null;
const described = (editor: OnrampRoleEditor) => {
  const element = active(editor);
  const page = document.activeElement;
  return element
    ? `${element.tagName.toLowerCase()}#${element.id}.${element.className} "${element.textContent?.trim()}"`
    : `nothing in the editor (the page's ${page?.tagName.toLowerCase()})`;
};
/** Focuses a control, then presses it, as a keyboard user does with Enter or Space. */
const press = (control: HTMLElement) => {
  control.focus();
  control.click();
};
const pressButton = (editor: OnrampRoleEditor, label: string) => press(button(editor, label));
const rowButton = (editor: OnrampRoleEditor, name: string) => {
  const found = [...root(editor).querySelectorAll<HTMLButtonElement>('button.name')].find(
    (b) => b.textContent === name,
  );
  if (!found) throw new Error(`no row ${name}`);
  return found;
};
/** Opens a user from their row's button, which has the focus (the dialog returns it there). */
async function openFocused(editor: OnrampRoleEditor, name: string) {
  rowButton(editor, name).focus();
  await openUser(editor, name);
}
/** Chooses a value and confirms it, every control focused then pressed. */
async function confirmFocused(editor: OnrampRoleEditor, id: string, apply: string, confirm = 'Apply') {
  if (id) press(root(editor).querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement);
  await until(editor, () => !button(editor, apply).disabled, `"${apply}"`);
  pressButton(editor, apply);
  await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
  expect(active(editor)?.textContent).toBe('Cancel');
  pressButton(editor, confirm);
}
async function focusedOn(editor: OnrampRoleEditor, what: string, test: (element: HTMLElement) => boolean) {
  try {
    await until(editor, () => {
      const element = active(editor);
      return !!element && test(element);
    });
  } catch {
    throw new Error(`expected the focus on ${what}, it is on ${described(editor)}`);
  }
  expect(document.activeElement).toBe(editor);
}
const dialog = (editor: OnrampRoleEditor) => root(editor).querySelector('dialog') as HTMLDialogElement;

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> keeps the keyboard focus after each action', () => {
  it('Apply in the dialog: on the choice just applied, in the dialog that stays open', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    await openFocused(editor, 'Anna Schmidt');
    await confirmFocused(editor, 'role-full_admin', 'Change role');
    await focusedOn(editor, 'the role applied', (element) => element.id === 'role-full_admin');
    expect(dialog(editor).open).toBe(true);
    expect(dialog(editor).textContent).toContain('Anna Schmidt is now: Full admin.');
    await confirmFocused(editor, 'license-cc_premium', 'Change license');
    await focusedOn(editor, 'the license applied', (element) => element.id === 'license-cc_premium');
    // Closing the dialog returns the focus to the row that opened it.
    pressButton(editor, 'Close');
    await focusedOn(editor, "Anna's row", (element) => element.textContent === 'Anna Schmidt');
    await expectNoAxeViolations(editor);
  });

  it('a refusal keeps the dialog open and takes the focus, so it is read at once', async () => {
    const harness = mockFetch();
    const { editor } = await mountEditor('customer-full-admin', { harness });
    await openFocused(editor, 'Ben Weber');
    const org = harness.app.store.directory.orgs.get(BERLIN);
    if (!org?.subscription) throw new Error('Berlin has a subscription');
    harness.app.store.directory.putOrg({
      ...org,
      subscription: {
        ...org.subscription,
        licenses: org.subscription.licenses.map((l) =>
          l.license === 'cc_standard' ? { ...l, quantity: 2 } : l,
        ),
      },
    });
    await confirmFocused(editor, 'license-cc_standard', 'Change license');
    await focusedOn(editor, 'the refusal', (element) => element.matches('dialog [part~="notice"].error'));
    expect(active(editor)?.getAttribute('role')).toBe('alert');
    expect(active(editor)?.textContent).toContain('Every license of this kind is assigned already.');
    expect(dialog(editor).open).toBe(true);
    await expectNoAxeViolations(editor);
  });

  it('Resend invitation: back on its button once it is enabled again', async () => {
    const held = gated(mockFetch(), (method, url) => method === 'POST' && url.endsWith('/invitation'));
    const { editor } = await mountEditor('customer-full-admin', { harness: held.harness });
    await openFocused(editor, 'Uma Neu');
    pressButton(editor, 'Resend invitation');
    await until(editor, () => button(editor, 'Resend invitation').disabled, 'the resend under way');
    held.release();
    await until(editor, () => dialog(editor).textContent?.includes('was sent again') ?? false, 'the resend');
    await focusedOn(editor, 'Resend invitation', (element) => element.textContent === 'Resend invitation');
  });

  it('Add and invite, a refusal, Remove user: on the answer, then on the next row, the removal announced', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    pressButton(editor, 'Add user');
    await formReady(editor, 'new-email');
    fill(editor, 'new-email', 'nina.neu@berlin-bakery.example.com');
    fill(editor, 'new-first', 'Nina');
    fill(editor, 'new-last', 'Neu');
    pressButton(editor, 'Add and invite');
    await focusedOn(editor, 'the success message', (element) =>
      element.matches('#add-user [part~="notice"].success'),
    );
    expect(active(editor)?.textContent).toBe('nina.neu@berlin-bakery.example.com was added and invited.');

    fill(editor, 'new-email', 'anna.schmidt@berlin-bakery.example.com');
    pressButton(editor, 'Add and invite');
    await focusedOn(editor, 'the refusal', (element) => element.matches('#add-user [part~="notice"].error'));
    expect(active(editor)?.textContent).toBe('This e-mail already belongs to a user.');

    await until(editor, () => !!root(editor).querySelector('[data-user-id] button.name'), 'the list');
    await until(
      editor,
      () => [...root(editor).querySelectorAll('button.name')].some((b) => b.textContent === 'Nina Neu'),
      'Nina in the list',
    );
    await openFocused(editor, 'Nina Neu');
    pressButton(editor, 'Remove user');
    await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
    pressButton(editor, 'Remove');
    // Nina's row is gone: the row now in her place (the next user) has the focus.
    await focusedOn(editor, 'the next row', (element) => element.textContent === 'Olga Observer');
    expect(dialog(editor).open).toBe(false);
    expect(root(editor).querySelector('[part="base"] > [aria-live] [part~="notice"]')?.textContent).toBe(
      'Nina Neu was removed.',
    );
    await expectNoAxeViolations(editor);
  });

  it('Add as service admin: on the answer; an external admin who loses her last role: on the next row', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    pressButton(editor, 'Add external admin');
    await formReady(editor, 'add-email');
    fill(editor, 'add-email', 'xavier.new@contoso.example.com');
    pressButton(editor, 'Add as service admin');
    await focusedOn(editor, 'the success message', (element) =>
      element.matches('#add-external [part~="notice"].success'),
    );
    expect(active(editor)?.textContent).toContain('is now a contact-center service admin');
    fill(editor, 'add-email', 'gina.globex@globex.example.com');
    pressButton(editor, 'Add as service admin');
    await focusedOn(editor, 'the refusal', (element) =>
      element.matches('#add-external [part~="notice"].error'),
    );

    await until(
      editor,
      () => [...root(editor).querySelectorAll('button.name')].some((b) => b.textContent === 'Olga Observer'),
      'Olga in the list',
    );
    await openFocused(editor, 'Olga Observer');
    await confirmFocused(editor, 'role-none', 'Change role');
    await focusedOn(editor, 'the next row', (element) => element.textContent === 'Pat Partner');
    expect(dialog(editor).open).toBe(false);
    expect(root(editor).querySelector('[part="base"] > [aria-live] [part~="notice"]')?.textContent).toBe(
      'Olga Observer is no longer an admin of this organization.',
    );
  });

  it('never takes the focus the admin moved out of the editor while an action ran', async () => {
    const held = gated(mockFetch(), (method, url) => method === 'POST' && url.includes('/users'));
    const { editor } = await mountEditor('customer-full-admin', { harness: held.harness });
    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'Elsewhere on the page');
    document.body.append(outside);
    pressButton(editor, 'Add user');
    await formReady(editor, 'new-email');
    fill(editor, 'new-email', 'otto@berlin-bakery.example.com');
    pressButton(editor, 'Add and invite');
    await until(editor, () => button(editor, 'Add and invite').disabled, 'the submit');
    outside.focus();
    held.release();
    await until(editor, () => !!root(editor).querySelector('#add-user [part~="notice"]'), 'the answer');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(outside);
  });
});
