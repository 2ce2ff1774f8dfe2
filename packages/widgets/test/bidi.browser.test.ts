import { WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/role-editor/onramp-role-editor.js';
import type { OnrampRoleEditor } from '../src/role-editor/role-editor.js';
import { expectNoAxeViolations } from './axe.js';
import { mockFetch } from './mock-fetch.js';
import { buttonLabelled, mockClient } from './widget-harness.js';

/**
 * A name holding U+202E (right-to-left override) must not reorder the sentence it is shown in
 * (issue 21): the role-change question read `…to "Full admin"?` backwards. Each user string is in a
 * `<bdi>` (`localize.tx`); the check is on the layout in real Chromium: the words after the name
 * still run left to right.
 */
const RLO = '\u202E';
const BERLIN = WORLD.provisionedCustomer;

/** Waits on a loaded runner (decision 0013). */
const waitFor = (editor: OnrampRoleEditor, condition: () => unknown, what: string) =>
  vi.waitFor(
    async () => {
      await editor.updateComplete;
      if (!condition()) throw new Error(`waiting for ${what}`);
    },
    { timeout: 30_000, interval: 20 },
  );

/** The left edge of the character at `offset` of the text node `node`, as laid out. */
function leftOf(node: Text, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect().left;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('user text is bidi-isolated in the role editor', () => {
  it('keeps the role-change question in order around a U+202E name, in the list and the dialog too', async () => {
    const harness = mockFetch();
    const admin = mockClient('customer-full-admin', harness).raw;
    const { data: user, error } = await admin.POST('/organizations/{orgId}/users', {
      params: { path: { orgId: BERLIN } },
      body: { email: 'rlo@berlin-bakery.example.com', firstName: `${RLO}Mallory`, lastName: 'Zed' },
    });
    expect(error).toBeUndefined();
    const editor = document.createElement('onramp-role-editor');
    Object.assign(editor, {
      client: mockClient('customer-full-admin', harness),
      orgId: BERLIN,
      searchDelay: 0,
    });
    document.body.append(editor);
    const root = editor.shadowRoot!;
    const row = () =>
      [...root.querySelectorAll<HTMLButtonElement>('button.name')].find((b) =>
        b.textContent?.includes('Mallory'),
      );
    await waitFor(editor, row, 'the user in the list');
    expect(row()!.querySelector('bdi')?.textContent).toBe(user!.displayName);
    row()!.click();
    await waitFor(editor, () => root.querySelector('dialog')?.open, 'the dialog');
    expect(root.querySelector('#editor-title bdi')?.textContent).toBe(user!.displayName);
    const fullAdmin = () => root.querySelector<HTMLInputElement>('#role-full_admin');
    await waitFor(editor, () => fullAdmin() && !fullAdmin()!.disabled, 'the role options');
    fullAdmin()!.click();
    await waitFor(editor, () => !buttonLabelled(editor, 'Change role').disabled, 'Change role');
    buttonLabelled(editor, 'Change role').click();
    await waitFor(editor, () => root.querySelector('#confirm-question'), 'the question');
    const question = root.querySelector('#confirm-question')!;
    expect(question.querySelector('bdi')?.textContent).toBe(user!.displayName);
    const [name, role] = [...question.querySelectorAll('bdi')];
    expect([name?.textContent, role?.textContent]).toEqual([user!.displayName, 'Full admin']);
    // Laid out, the words after the name still run left to right: "to" is not "ot", and the role
    // comes after it (an unisolated U+202E reverses the rest of the line).
    const walker = document.createTreeWalker(question, NodeFilter.SHOW_TEXT);
    let to: Text | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if ((node as Text).data.includes(' to ')) to = node as Text;
    const at = to!.data.indexOf(' to ') + 1;
    expect(leftOf(to!, at)).toBeLessThan(leftOf(to!, at + 1));
    expect(leftOf(to!, at + 1)).toBeLessThan(role!.getBoundingClientRect().left);
    await expectNoAxeViolations(editor);
  });
});
