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
  names,
  openUser,
  reasonOf,
  root,
  rowOf,
  text,
} from '../../test/role-editor-harness.js';
import { mockClient, until } from '../../test/widget-harness.js';
import type { OnrampRoleEditor } from './role-editor.js';

const radio = (editor: OnrampRoleEditor, id: string) =>
  root(editor).querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
const notice = (editor: OnrampRoleEditor) => !!root(editor).querySelector('dialog [part~="notice"]');

/** Chooses a value, presses its button, and confirms: the way every change is made. */
async function confirmChange(editor: OnrampRoleEditor, id: string, apply: string) {
  radio(editor, id).click();
  await until(editor, () => !button(editor, apply).disabled, `"${apply}"`);
  button(editor, apply).click();
  await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
  button(editor, 'Apply').click();
}

/** Presses `action` and answers its confirmation with `apply`. */
async function confirmed(editor: OnrampRoleEditor, action: string, apply: string) {
  button(editor, action).click();
  await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
  button(editor, apply).click();
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> add and remove users (DOMAIN §2.1), against the mock in Chromium', () => {
  it('customer full admin: adds a user (invited), refuses a taken e-mail, removes after confirmation', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    const events: string[] = [];
    editor.addEventListener('onramp-user-added', (event) => events.push(`added ${event.user.email}`));
    editor.addEventListener('onramp-user-removed', (event) => events.push(`removed ${event.email}`));
    button(editor, 'Add user').click();
    await formReady(editor, 'new-email');
    fill(editor, 'new-email', 'nina.neu@berlin-bakery.example.com');
    fill(editor, 'new-first', 'Nina');
    fill(editor, 'new-last', 'Neu');
    await expectNoAxeViolations(editor);
    button(editor, 'Add and invite').click();
    await until(editor, () =>
      text(editor).includes('nina.neu@berlin-bakery.example.com was added and invited.'),
    );
    await until(editor, () => names(editor).includes('Nina Neu'), 'Nina in the list');
    expect(rowOf(editor, 'Nina Neu')).toContain('Not verified');

    fill(editor, 'new-email', 'anna.schmidt@berlin-bakery.example.com');
    button(editor, 'Add and invite').click();
    await until(editor, () => text(editor).includes('This e-mail already belongs to a user.'), 'the refusal');

    await openUser(editor, 'Nina Neu');
    button(editor, 'Remove user').click();
    await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
    expect(text(editor)).toContain('Remove Nina Neu from the organization?');
    expect(root(editor).activeElement?.textContent).toBe('Cancel');
    await expectNoAxeViolations(editor);
    button(editor, 'Remove').click();
    await until(editor, () => text(editor).includes('Nina Neu was removed.'), 'the removal');
    await until(editor, () => !names(editor).includes('Nina Neu'), 'Nina gone');
    expect(root(editor).querySelector('dialog')?.open).toBe(false);
    expect(events).toEqual([
      'added nina.neu@berlin-bakery.example.com',
      'removed nina.neu@berlin-bakery.example.com',
    ]);
  });

  it('the last full admin stays: "Remove user" is disabled beforehand, with the reason beside it', async () => {
    const { editor, harness } = await mountEditor('partner-full-admin');
    await openUser(editor, 'Frank Agent');
    await confirmed(editor, 'Remove user', 'Remove');
    await until(editor, () => !names(editor).includes('Frank Agent'), 'Frank removed');
    await openUser(editor, 'Carla Customer');
    // No question that ends in a refusal (issue 21): the role options already say she is the last.
    await until(editor, () => button(editor, 'Remove user').disabled, 'Remove user disabled', 6000);
    expect(reasonOf(editor, button(editor, 'Remove user'))).toBe(
      'The last full admin of the organization cannot lose the role.',
    );
    expect(harness.app.store.directory.userByEmail('carla.customer@berlin-bakery.example.com')).toBeDefined();
    await expectNoAxeViolations(editor);
  });

  it.each([
    [
      'customer-service-admin',
      'Service admins and provisioning admins cannot add, remove, activate or deactivate users.',
    ],
    [
      'external-service-admin',
      'Service admins and provisioning admins cannot add, remove, activate or deactivate users.',
    ],
    ['partner-read-only-admin', 'Read-only admins can view but cannot change anything.'],
  ])('%s may neither add nor remove users, and is told why', async (token, why) => {
    const { editor } = await mountEditor(token);
    expect(button(editor, 'Add user').disabled).toBe(true);
    expect(reasonOf(editor, button(editor, 'Add user'))).toBe(why);
    await openUser(editor, 'Anna Schmidt');
    expect(button(editor, 'Remove user').disabled).toBe(true);
    expect(reasonOf(editor, button(editor, 'Remove user'))).toBe(why);
    await expectNoAxeViolations(editor);
  });

  it('a full admin takes the role of the external read-only admin away; she leaves the list', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    const changes: string[] = [];
    editor.addEventListener('onramp-role-change', (event) =>
      changes.push(`${event.previousRole}→${event.role}`),
    );
    await openUser(editor, 'Olga Observer');
    expect(radio(editor, 'role-none').disabled).toBe(false);
    expect(radio(editor, 'role-full_admin').disabled).toBe(true);
    expect(text(editor)).not.toContain('Remove user'); // an external user loses a role, not the account
    await confirmChange(editor, 'role-none', 'Change role');
    await until(editor, () =>
      text(editor).includes('Olga Observer is no longer an admin of this organization.'),
    );
    await until(editor, () => !names(editor).includes('Olga Observer'), 'Olga gone');
    expect(root(editor).querySelector('dialog')?.open).toBe(false);
    expect(changes).toEqual(['read_only_admin→null']);
    await expectNoAxeViolations(editor);
  });

  it('external full admin adds and removes users of the customer org', async () => {
    const { editor } = await mountEditor('external-full-admin');
    button(editor, 'Add user').click();
    await formReady(editor, 'new-email');
    fill(editor, 'new-email', 'otto@berlin-bakery.example.com');
    button(editor, 'Add and invite').click();
    await until(editor, () => names(editor).includes('otto@berlin-bakery.example.com'), 'Otto in the list');
    await openUser(editor, 'otto@berlin-bakery.example.com');
    await confirmed(editor, 'Remove user', 'Remove');
    await until(editor, () => !names(editor).includes('otto@berlin-bakery.example.com'), 'Otto gone');
  });
});

describe('<onramp-role-editor> optimistic changes, rollback and concurrent edits', () => {
  it('shows a license change at once, then the server confirms it', async () => {
    const held = gated(mockFetch(), (method, url) => method === 'PUT' && url.endsWith('/license'));
    const { editor } = await mountEditor('customer-service-admin', { harness: held.harness });
    const licenses: string[] = [];
    editor.addEventListener('onramp-license-change', (event) => licenses.push(`${event.license}`));
    await openUser(editor, 'Ben Weber');
    expect(text(editor)).toContain('Licenses of the new platform.');
    expect(root(editor).querySelector('label:has(#license-cc_premium)')?.textContent?.trim()).toBe(
      'Webex Contact Center',
    );
    await confirmChange(editor, 'license-cc_standard', 'Change license');
    await until(editor, () => text(editor).includes('Saving…'), 'saving');
    expect(rowOf(editor, 'Ben Weber')).toContain('Standard'); // before the server answered
    expect(licenses).toEqual([]); // events only say what the server did
    held.release();
    await until(editor, () => text(editor).includes('Ben Weber now has'), 'the confirmation');
    expect(licenses).toEqual(['cc_standard']);
    expect(rowOf(editor, 'Ben Weber')).toContain('Standard');
  });

  it('rolls back with the reason when the server refuses, and keeps the choice when offline', async () => {
    const harness = mockFetch();
    const { editor } = await mountEditor('customer-full-admin', { harness });
    await openUser(editor, 'Ben Weber');
    // Every Standard license is taken meanwhile: the server refuses (409 license_limit_reached).
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
    await confirmChange(editor, 'license-cc_standard', 'Change license');
    await until(editor, () => notice(editor), 'the refusal');
    expect(text(editor)).toContain('Your change was undone: Every license of this kind is assigned already.');
    expect(rowOf(editor, 'Ben Weber')).toContain('Premium');
    expect(radio(editor, 'license-cc_premium').checked).toBe(true);

    harness.app.faults.setRoute('setUserAdminRole', { forceStatus: 503 });
    await confirmChange(editor, 'role-read_only_admin', 'Change role');
    await until(editor, () => notice(editor), 'the 503');
    expect(text(editor)).toMatch(/Your change was undone: Something went wrong\. Reference: ONRAMP_/);
    expect(text(editor)).toContain('Your choice is kept: apply it again.');
    expect(radio(editor, 'role-read_only_admin').checked).toBe(true);
    expect(rowOf(editor, 'Ben Weber')).toContain('No admin role');

    harness.app.faults.setRoute('setUserAdminRole', { drop: true });
    await confirmChange(editor, 'role-read_only_admin', 'Change role');
    // No answer: the editor reads Ben back before it says anything about the change.
    await until(editor, () => text(editor).includes('shows that it was not saved'), 'the network failure');
    expect(radio(editor, 'role-read_only_admin').checked).toBe(true); // the choice is kept
    expect(rowOf(editor, 'Ben Weber')).toContain('No admin role'); // the list shows the truth
    harness.app.faults.setRoute('setUserAdminRole', undefined);
    await confirmed(editor, 'Change role', 'Apply');
    await until(editor, () => text(editor).includes('Ben Weber is now: Read-only admin.'), 'the retry');
    expect(rowOf(editor, 'Ben Weber')).toContain('Read-only admin');
    await expectNoAxeViolations(editor);
  });

  it('two admins: the second change meets 412, the latest values are shown, nothing is overwritten', async () => {
    const harness = mockFetch();
    const { editor } = await mountEditor('customer-full-admin', { harness });
    await openUser(editor, 'Anna Schmidt');
    const other = mockClient('customer-service-admin', harness).raw;
    const anna = [...harness.app.store.directory.users.values()].find((user) => user.firstName === 'Anna');
    const changed = await other.PUT('/organizations/{orgId}/users/{userId}/license', {
      params: { path: { orgId: BERLIN, userId: anna?.id ?? '' } },
      body: { license: 'cc_premium' },
    });
    expect(changed.response.status).toBe(200);
    await confirmChange(editor, 'license-none', 'Change license');
    await until(
      editor,
      () => text(editor).includes('Someone else changed this user meanwhile'),
      'the conflict',
    );
    await until(editor, () => radio(editor, 'license-cc_premium').checked, "the other admin's value");
    expect(rowOf(editor, 'Anna Schmidt')).toContain('Premium');
    expect(harness.app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com')?.license).toBe(
      'cc_premium',
    );
  });

  it('no platform yet: no license can be given, the one held can be taken away', async () => {
    const harness = mockFetch();
    const setup = harness.app.store.setups.get(BERLIN);
    if (!setup) throw new Error('Berlin has a setup');
    harness.app.store.setups.set(BERLIN, { ...setup, state: { ...setup.state, status: 'in_progress' } });
    const { editor } = await mountEditor('customer-full-admin', { harness });
    await openUser(editor, 'Ben Weber');
    expect(text(editor)).toContain('Licenses can be given once the services setup has completed');
    const choices = [...root(editor).querySelectorAll<HTMLInputElement>('input[name="license"]')].map(
      (i) => i.id,
    );
    expect(choices).toEqual(['license-cc_premium', 'license-none']);
    await confirmChange(editor, 'license-none', 'Change license');
    await until(editor, () => text(editor).includes('Ben Weber now has'), 'the removal');
    await expectNoAxeViolations(editor);
  });
});

describe('<onramp-role-editor> activate, deactivate and edit details (seed 001, issue 17), in Chromium', () => {
  it('a full admin edits details and deactivates after confirmation, then activates again', async () => {
    const { editor } = await mountEditor('customer-full-admin');
    await openUser(editor, 'Ben Weber');
    const last = root(editor).querySelector<HTMLInputElement>('dialog input[name="lastName"]')!;
    last.value = 'Weber-Schmidt';
    button(editor, 'Save details').click();
    await until(editor, () => text(editor).includes('The details of Ben Weber-Schmidt were saved.'), 'saved');
    await until(editor, () => names(editor).includes('Ben Weber-Schmidt'), 'the new name in the list');
    await expectNoAxeViolations(editor);
    await confirmed(editor, 'Deactivate user', 'Deactivate');
    await until(editor, () => text(editor).includes('Ben Weber-Schmidt was deactivated.'), 'deactivated');
    expect(text(editor)).toContain('Deactivated');
    button(editor, 'Activate user').click();
    await until(editor, () => text(editor).includes('Ben Weber-Schmidt was activated.'), 'activated');
  });

  it('a service admin edits details but may not deactivate, and is told why', async () => {
    const { editor } = await mountEditor('customer-service-admin');
    await openUser(editor, 'Ben Weber');
    expect(root(editor).querySelector('dialog input[name="firstName"]')).not.toBeNull();
    expect(button(editor, 'Deactivate user').disabled).toBe(true);
    expect(text(editor)).toMatch(/cannot add, remove, activate or deactivate users/i);
    await expectNoAxeViolations(editor);
  });

  it('a partner read-only admin sees no details form and a disabled activation', async () => {
    const { editor } = await mountEditor('partner-read-only-admin');
    await openUser(editor, 'Ben Weber');
    expect(root(editor).querySelector('dialog input[name="firstName"]')).toBeNull();
    expect(button(editor, 'Deactivate user').disabled).toBe(true);
  });
});
