import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mockFetch } from '../../test/mock-fetch.js';
import { button, mountEditor, openUser, root, text } from '../../test/role-editor-harness.js';
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
    expect(root(editor).querySelector('#role-read_only_admin-why')?.textContent).toBe(
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
    const input = root(editor).querySelector<HTMLInputElement>('#add-email')!;
    input.value = 'anna.schmidt@berlin-bakery.example.com';
    button(editor, 'Add as service admin').click();
    await waitFor(editor, () => root(editor).querySelector('#add-external [part~="notice"]'), 'the refusal');
    expect(text(editor)).toContain("The user's organization already has the contact-center service.");
  });
});
