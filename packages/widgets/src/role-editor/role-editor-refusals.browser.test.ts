import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mockFetch } from '../../test/mock-fetch.js';
import {
  button,
  formReady,
  mountEditor,
  openUser,
  reasonOf,
  root,
  text,
} from '../../test/role-editor-harness.js';
import { mockClient } from '../../test/widget-harness.js';
import type { OnrampRoleEditor } from './role-editor.js';

// Refusals before the click, and ones that name the real cause (issue 21).

const waitFor = (editor: OnrampRoleEditor, condition: () => unknown, what: string) =>
  vi.waitFor(
    async () => {
      await editor.updateComplete;
      if (!condition()) throw new Error(`waiting for ${what}`);
    },
    { timeout: 30_000, interval: 20 },
  );

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> says what cannot be undone, and why an option is closed', () => {
  it('warns before demoting an external full admin, whose org never gets the role back', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    await openUser(editor, 'Ella External');
    // Full admin is closed to her: because of her org, not the actor's role.
    expect(reasonOf(editor, root(editor).querySelector('#role-read_only_admin'))).toBe(
      'This admin role cannot be held by a user of this organization.',
    );
    root(editor).querySelector<HTMLInputElement>('#role-none')!.click();
    await waitFor(editor, () => !button(editor, 'Change role').disabled, 'Change role');
    button(editor, 'Change role').click();
    await waitFor(editor, () => root(editor).querySelector('[part="confirm"]'), 'the confirmation');
    const warning = root(editor).querySelector('#confirm-warning');
    expect(warning?.textContent?.trim()).toBe(
      'This cannot be undone here: Contoso Consulting is not the customer organization, and its users are never given this role again.',
    );
    expect(warning?.querySelector('bdi')?.textContent).toBe('Contoso Consulting');
    expect(root(editor).querySelector('[part="confirm"]')?.getAttribute('aria-describedby')).toBe(
      'confirm-warning',
    );
    await expectNoAxeViolations(editor);
  });

  it('asks without a warning for a change that can be undone', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    await openUser(editor, 'Anna Schmidt');
    root(editor).querySelector<HTMLInputElement>('#role-read_only_admin')!.click();
    await waitFor(editor, () => !button(editor, 'Change role').disabled, 'Change role');
    button(editor, 'Change role').click();
    await waitFor(editor, () => root(editor).querySelector('[part="confirm"]'), 'the confirmation');
    expect(root(editor).querySelector('#confirm-warning')).toBeNull();
  });

  it('refuses an external admin from an org whose contact center is set up, saying so', async () => {
    const harness = mockFetch();
    const editor = document.createElement('onramp-role-editor');
    // John's Pizza's partner adds a user of Berlin Bakery (set up: it has the contact center).
    Object.assign(editor, {
      client: mockClient('partner-full-admin', harness),
      orgId: harness.app.store.directory.userByEmail('john.anderson@johns-pizza.example.com')!.orgId,
      searchDelay: 0,
    });
    document.body.append(editor);
    await waitFor(editor, () => !button(editor, 'Add external admin').disabled, 'Add external admin');
    button(editor, 'Add external admin').click();
    await formReady(editor, 'add-email');
    const input = root(editor).querySelector<HTMLInputElement>('#add-email')!;
    input.value = 'anna.schmidt@berlin-bakery.example.com';
    button(editor, 'Add as service admin').click();
    await waitFor(editor, () => root(editor).querySelector('#add-external [part~="notice"]'), 'the refusal');
    expect(text(editor)).toContain("The user's organization already has the contact-center service.");
  });
});

describe('<onramp-role-editor> says each reason once per screen (issue 21)', () => {
  /** Each reason note's text, as often as it is shown inside `scope`. */
  const notes = (scope: ParentNode) =>
    [...scope.querySelectorAll('[part~="reason"][id]')].map((note) => note.textContent?.trim());

  it('a read-only admin reads why once on the list and once in the dialog; every closed control points at it', async () => {
    const { editor } = await mountEditor('partner-read-only-admin');
    const readOnly = 'Read-only admins can view but cannot change anything.';
    // The list's screen: everything outside the dialog.
    const list = root(editor).querySelector('[part="base"]')!;
    const closed = ['Add user', 'Add external admin', 'Import from CSV'].map((label) =>
      button(editor, label),
    );
    expect(closed.every((control) => control.disabled)).toBe(true);
    for (const control of closed) expect(reasonOf(editor, control)).toBe(readOnly);
    const listNotes = notes(list);
    expect(listNotes.filter((note) => note === readOnly)).toHaveLength(1);
    expect(new Set(listNotes).size).toBe(listNotes.length);

    await openUser(editor, 'Uma Neu');
    const dialog = root(editor).querySelector('dialog')!;
    const roles = [...dialog.querySelectorAll<HTMLInputElement>('input[name="role"]')];
    const licenses = dialog.querySelector('input[name="license"]')!.closest('fieldset')!;
    const controls = [...roles, licenses, button(editor, 'Resend invitation')];
    for (const control of controls) expect(reasonOf(editor, control)).toBe(readOnly);
    expect(notes(dialog).filter((note) => note === readOnly)).toHaveLength(1);
    expect(new Set(notes(dialog)).size).toBe(notes(dialog).length);
    await expectNoAxeViolations(editor);
  });

  it('in Hebrew too, one note per reason in the dialog', async () => {
    const { editor } = await mountEditor('partner-read-only-admin', { lang: 'he' });
    await openUser(editor, 'Uma Neu');
    const dialog = root(editor).querySelector('dialog')!;
    const shown = notes(dialog);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown).size).toBe(shown.length);
    const roles = [...dialog.querySelectorAll<HTMLInputElement>('input[name="role"]')];
    expect(new Set(roles.map((role) => role.getAttribute('aria-describedby'))).size).toBe(1);
  });
});
