import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { lossyFetch } from '../../test/lossy-fetch.js';
import {
  button,
  fill,
  formReady,
  type Harness,
  mountEditor,
  openUser,
  root,
  rowOf,
  text,
} from '../../test/role-editor-harness.js';
import { until } from '../../test/widget-harness.js';
import type { OnrampRoleEditor } from './role-editor.js';

/**
 * A role or license change whose answer never arrives (the mock's `loseAnswer` fault: the server
 * acted, the connection dropped before the answer; `drop`: it dropped before the server acted). The
 * editor cannot know which, so it says it could not confirm, reads the user back and tells the truth.
 */
const ANNA = 'anna.schmidt@berlin-bakery.example.com';
const radio = (editor: OnrampRoleEditor, id: string) =>
  root(editor).querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
const dialogText = (editor: OnrampRoleEditor) =>
  root(editor).querySelector('dialog')?.textContent?.replace(/\s+/g, ' ') ?? '';
const alerts = (editor: OnrampRoleEditor) =>
  [...root(editor).querySelectorAll('dialog [role="alert"]')].map((alert) => alert.textContent);
const stored = (harness: Harness) => harness.app.store.directory.userByEmail(ANNA);

async function apply(editor: OnrampRoleEditor, id: string, label: string) {
  if (!radio(editor, id).checked) radio(editor, id).click();
  await until(editor, () => !button(editor, label).disabled, `"${label}"`);
  button(editor, label).click();
  await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
  button(editor, 'Apply').click();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<onramp-role-editor> when the answer to a change is lost, in Chromium', () => {
  it('the server made the role change: "could not confirm", then the user read back shows it saved, no error', async () => {
    const { editor, harness } = await mountEditor('customer-full-admin');
    const events: string[] = [];
    editor.addEventListener('onramp-role-change', (event) =>
      events.push(`${event.previousRole}→${event.role}`),
    );
    const before = stored(harness)?.version ?? 0;
    await openUser(editor, 'Anna Schmidt');
    harness.app.faults.setRoute('setUserAdminRole', { loseAnswer: true, times: 1 });
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(dialogText(editor)));
    watch.observe(root(editor), { subtree: true, childList: true, characterData: true });
    await apply(editor, 'role-service_admin', 'Change role');
    await until(editor, () => dialogText(editor).includes('shows that it was saved'), 'the read-back');
    watch.disconnect();
    expect(seen.some((text) => text.includes('We could not confirm whether your change was saved'))).toBe(
      true,
    );
    expect(dialogText(editor)).toContain('Anna Schmidt is now: Contact-center service admin.');
    expect(alerts(editor)).toEqual([]);
    expect(radio(editor, 'role-service_admin').checked).toBe(true);
    expect(button(editor, 'Change role').disabled).toBe(true); // nothing left to apply
    expect(rowOf(editor, 'Anna Schmidt')).toContain('Contact-center service admin');
    expect(events).toEqual(['null→service_admin']);
    expect(stored(harness)?.roles).toEqual(['service_admin']);
    expect(stored(harness)?.version).toBe(before + 1);
    await expectNoAxeViolations(editor);
  });

  it('the connection dropped before the server acted: read back, "not saved", the choice kept, then applied once', async () => {
    const { editor, harness } = await mountEditor('customer-full-admin');
    const before = stored(harness)?.version ?? 0;
    await openUser(editor, 'Anna Schmidt');
    harness.app.faults.setRoute('setUserLicense', { drop: true, times: 1 });
    await apply(editor, 'license-cc_premium', 'Change license');
    await until(editor, () => dialogText(editor).includes('shows that it was not saved'), 'the read-back');
    expect(alerts(editor).join()).toContain('Your choice is kept: apply it again.');
    expect(radio(editor, 'license-cc_premium').checked).toBe(true);
    expect(rowOf(editor, 'Anna Schmidt')).toContain('Standard'); // rolled back
    expect(rowOf(editor, 'Anna Schmidt')).not.toContain('Premium');
    expect(stored(harness)?.version).toBe(before);
    await expectNoAxeViolations(editor);
    await apply(editor, 'license-cc_premium', 'Change license');
    await until(editor, () => dialogText(editor).includes('Anna Schmidt now has'), 'the change');
    expect(stored(harness)?.license).toBe('cc_premium');
    expect(stored(harness)?.version).toBe(before + 1);
  });

  it('nothing can be read back either: "could not confirm"; applying again finds it saved already (no 412 error)', async () => {
    const harness = lossyFetch();
    const { editor } = await mountEditor('customer-full-admin', { harness });
    const before = stored(harness)?.version ?? 0;
    await openUser(editor, 'Anna Schmidt');
    // The role change and the user read back both lose their answers.
    harness.loseAnswers(/\/users\/[^/]+(\/adminRole)?$/);
    await apply(editor, 'role-read_only_admin', 'Change role');
    await until(editor, () => alerts(editor).length > 0, 'the outcome');
    expect(alerts(editor).join()).toMatch(/^We could not confirm whether your change was saved: the service/);
    expect(dialogText(editor)).not.toMatch(/was not saved/);
    expect(radio(editor, 'role-read_only_admin').checked).toBe(true);
    expect(stored(harness)?.version).toBe(before + 1); // it was made
    harness.loseAnswers(undefined);
    await apply(editor, 'role-read_only_admin', 'Change role');
    await until(
      editor,
      () => dialogText(editor).includes('This change is saved already'),
      'the 412 read back',
    );
    expect(alerts(editor)).toEqual([]);
    expect(button(editor, 'Change role').disabled).toBe(true);
    expect(rowOf(editor, 'Anna Schmidt')).toContain('Read-only admin');
    expect(stored(harness)?.version).toBe(before + 1); // made once
  });

  it('an add whose answer is lost, sent again, is replayed by the server: added once, no "already exists"', async () => {
    const harness = lossyFetch();
    const { editor } = await mountEditor('customer-full-admin', { harness });
    const submit = (label: string) => button(editor, label).click();
    button(editor, 'Add external admin').click();
    await formReady(editor, 'add-email');
    fill(editor, 'add-email', 'xavier.new@contoso.example.com');
    harness.loseAnswers(/\/externalAdmins$/);
    submit('Add as service admin');
    await until(editor, () => /could not be reached/.test(text(editor)), 'the lost answer');
    harness.loseAnswers(undefined);
    submit('Add as service admin');
    await until(
      editor,
      () => text(editor).includes('xavier.new@contoso.example.com is now a contact-center service admin.'),
      'the replay',
    );
    expect(text(editor)).not.toContain('already holds an admin role');

    button(editor, 'Add user').click();
    await formReady(editor, 'new-email');
    fill(editor, 'new-email', 'nina.neu@berlin-bakery.example.com');
    harness.loseAnswers(/\/users$/);
    submit('Add and invite');
    await until(editor, () => /could not be reached/.test(text(editor)), 'the lost answer');
    harness.loseAnswers(undefined);
    fill(editor, 'new-email', 'nina.neu@berlin-bakery.example.com');
    submit('Add and invite');
    await until(
      editor,
      () => text(editor).includes('nina.neu@berlin-bakery.example.com was added and invited.'),
      'the replay',
    );
    expect(text(editor)).not.toContain('This e-mail already belongs to a user.');
    const ninas = [...harness.app.store.directory.users.values()].filter(
      (u) => u.email === 'nina.neu@berlin-bakery.example.com',
    );
    expect(ninas).toHaveLength(1);
  });
});
