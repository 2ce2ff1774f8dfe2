import { WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import { formReady, reasonOf } from '../../test/role-editor-harness.js';
import { buttonLabelled, mockClient, shadowText, until } from '../../test/widget-harness.js';
import './onramp-role-editor.js';
import type { OnrampRoleEditor } from './role-editor.js';

const BERLIN = WORLD.provisionedCustomer;

async function mount(token: string, { lang = 'en', harness = mockFetch() } = {}) {
  document.documentElement.lang = lang;
  const client = mockClient(token, harness);
  const editor = document.createElement('onramp-role-editor');
  Object.assign(editor, { client, orgId: BERLIN, searchDelay: 0 });
  document.body.append(editor);
  await until(
    editor,
    () => !!root(editor).querySelector('[part="row"], [role="alert"], [part="empty"]'),
    'the list',
  );
  return { editor, harness };
}

const root = (editor: OnrampRoleEditor) => editor.shadowRoot!;
const text = shadowText;
const names = (editor: OnrampRoleEditor) =>
  [...root(editor).querySelectorAll('[part="row"] button.name')].map((b) => b.textContent?.trim());
const radio = (editor: OnrampRoleEditor, id: string) =>
  root(editor).querySelector<HTMLInputElement>(`#${id}`)!;
const button = buttonLabelled;
const filterTo = async (editor: OnrampRoleEditor, label: string, expected: string[]) => {
  const segment = [...root(editor).querySelectorAll('.segment')].find((l) => l.textContent?.trim() === label);
  segment?.querySelector('input')?.click();
  await until(editor, () => names(editor).join() === expected.join(), `the filter ${label}`);
};
async function openUser(editor: OnrampRoleEditor, name: string) {
  const row = [...root(editor).querySelectorAll<HTMLButtonElement>('button.name')].find(
    (b) => b.textContent === name,
  );
  if (!row) throw new Error(`no row ${name}: ${names(editor).join()}`);
  row.click();
  await until(editor, () => root(editor).querySelector('dialog')?.open === true, 'the dialog');
  await until(
    editor,
    () => !radio(editor, 'role-none').disabled || reasonOf(editor, radio(editor, 'role-none')) !== null,
    'role options',
  );
}
async function choose(editor: OnrampRoleEditor, id: string, apply: string) {
  radio(editor, id).click();
  await until(editor, () => !button(editor, apply).disabled, `"${apply}"`);
  button(editor, apply).click();
  await until(editor, () => !!root(editor).querySelector('[part="confirm"]'), 'the confirmation');
  expect(root(editor).activeElement?.textContent).toBe('Cancel'); // focus moved to the question
  button(editor, 'Apply').click();
  await until(editor, () => !!root(editor).querySelector('[part~="notice"]'), 'the result');
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> quick start (`base-url` + `token`, no `client`)', () => {
  // The quick start's client has no `fetch` option: it calls the global one, stubbed here.
  afterEach(() => vi.unstubAllGlobals());

  it('makes its own resources and shows the same users as with a host client', async () => {
    const expected = names((await mount('customer-full-admin')).editor);
    document.body.innerHTML = '';
    const harness = mockFetch();
    vi.stubGlobal('fetch', harness.fetch);
    const editor = document.createElement('onramp-role-editor');
    editor.setAttribute('base-url', BASE_URL);
    editor.setAttribute('token', 'customer-full-admin');
    editor.setAttribute('org-id', BERLIN);
    document.body.append(editor);
    await until(editor, () => names(editor).length > 0, 'the list');
    expect(names(editor)).toEqual(expected);
    expect(harness.calls.map(({ path }) => path)).toContain(`/organizations/${BERLIN}/users`);
  });
});

describe('<onramp-role-editor> for each actor of DOMAIN §2.1, against the mock in Chromium', () => {
  it('customer full admin: every user, filters, roles with the Standard-license warning, external admins', async () => {
    const { editor } = await mount('customer-full-admin');
    expect(text(editor)).toContain('15 users');
    expect(names(editor)).toContain('Carla Customer');
    await expectNoAxeViolations(editor);
    await filterTo(editor, 'All external admins', [
      'Ella External',
      'Olga Observer',
      'Pat Partner',
      'Priya Raman',
      'Rita Reader',
      'Sam Okafor',
    ]);
    await filterTo(editor, 'Administrators', [
      'Carla Customer',
      'Frank Agent',
      'Lee Connect',
      'Rob Readonly',
      'Sara Second',
      'Steve Service',
    ]);
    await filterTo(editor, 'All users', [
      'Anna Schmidt',
      'Ben Weber',
      'Carla Customer',
      'Ella External',
      'Frank Agent',
      'Lee Connect',
      'Olga Observer',
      'Pat Partner',
      'Priya Raman',
      'Rita Reader',
      'Rob Readonly',
      'Sam Okafor',
      'Sara Second',
      'Steve Service',
      'Uma Neu',
    ]);

    const changes: string[] = [];
    editor.addEventListener('onramp-role-change', (event) =>
      changes.push(`${event.previousRole}→${event.role}`),
    );
    await openUser(editor, 'Anna Schmidt');
    expect(
      ['role-full_admin', 'role-service_admin', 'role-read_only_admin'].every(
        (id) => !radio(editor, id).disabled,
      ),
    ).toBe(true);
    await expectNoAxeViolations(editor);
    await choose(editor, 'role-full_admin', 'Change role');
    expect(text(editor)).toContain('can only sign in to Agent Desktop');
    expect(changes).toEqual(['null→full_admin']);
    await until(
      editor,
      () => text(editor).includes('Anna Schmidt') && radio(editor, 'role-full_admin').checked,
    );
    await expectNoAxeViolations(editor);
    button(editor, 'Close').click();

    button(editor, 'Add external admin').click();
    await formReady(editor, 'add-email');
    const email = root(editor).querySelector<HTMLInputElement>('#add-email')!;
    email.value = 'xavier.new@contoso.example.com';
    button(editor, 'Add as service admin').click();
    await until(
      editor,
      () => text(editor).includes('is now a contact-center service admin'),
      'the external admin',
    );
    await until(editor, () => names(editor).includes('Xavier New'), 'Xavier in the list');
    expect(changes).toEqual(['null→full_admin', 'null→service_admin']);
    email.value = 'gina.globex@globex.example.com';
    button(editor, 'Add as service admin').click();
    await until(editor, () => text(editor).includes('already has the contact-center service'), 'the refusal');
    await expectNoAxeViolations(editor);
  });

  it('customer service admin: sees only service admins among admins, assigns only service admin', async () => {
    const { editor } = await mount('customer-service-admin');
    expect(names(editor)).not.toContain('Carla Customer');
    await filterTo(editor, 'Administrators', ['Sara Second', 'Steve Service']);
    await filterTo(editor, 'All users', [
      'Anna Schmidt',
      'Ben Weber',
      'Sam Okafor',
      'Sara Second',
      'Steve Service',
      'Uma Neu',
    ]);
    await openUser(editor, 'Anna Schmidt');
    expect(radio(editor, 'role-service_admin').disabled).toBe(false);
    expect(radio(editor, 'role-full_admin').disabled).toBe(true);
    expect(reasonOf(editor, radio(editor, 'role-full_admin'))).toContain(
      'can assign or revoke only the service-admin role',
    );
    await expectNoAxeViolations(editor);
    const licenses: string[] = [];
    editor.addEventListener('onramp-license-change', (event) =>
      licenses.push(`${event.previousLicense}→${event.license}`),
    );
    await choose(editor, 'role-service_admin', 'Change role');
    expect(text(editor)).toContain('Anna Schmidt is now: Contact-center service admin.');
    await choose(editor, 'license-cc_premium', 'Change license');
    expect(licenses).toEqual(['cc_standard→cc_premium']);
    await expectNoAxeViolations(editor);
  });

  it('external service admin: cannot add another external admin, nor change an external admin', async () => {
    const { editor } = await mount('external-service-admin');
    expect(button(editor, 'Add external admin').disabled).toBe(true);
    expect(text(editor)).toContain('only to users of the customer organization');
    await openUser(editor, 'Sam Okafor');
    expect(radio(editor, 'role-none').disabled).toBe(true);
    expect(reasonOf(editor, radio(editor, 'role-none'))).toContain(
      'only to users of the customer organization',
    );
    await expectNoAxeViolations(editor);
  });

  it('partner provisioning admin: views the external admins, changes nothing', async () => {
    const { editor } = await mount('partner-provisioning-admin');
    expect(names(editor)).toEqual([
      'Ella External',
      'Olga Observer',
      'Pat Partner',
      'Priya Raman',
      'Rita Reader',
      'Sam Okafor',
    ]);
    const segments = [...root(editor).querySelectorAll<HTMLInputElement>('.segment input')];
    expect(segments.map((input) => input.disabled)).toEqual([true, true, false]);
    expect(text(editor)).toContain('Your admin role does not allow this.');
    await openUser(editor, 'Sam Okafor');
    // The server's role options (decisions 0006, 0025): every role refused, the one Sam holds too
    // (the change to it is refused as well), and that one still shown as his.
    const roles = [...root(editor).querySelectorAll<HTMLInputElement>('input[name="role"]')];
    expect(roles.filter((input) => !input.disabled).map((input) => input.id)).toEqual([]);
    expect(roles.filter((input) => input.checked).map((input) => input.id)).toEqual(['role-service_admin']);
    expect(reasonOf(editor, radio(editor, 'role-none'))).toContain('Your admin role does not allow this.');
    expect(button(editor, 'Change role').disabled).toBe(true);
    expect(text(editor)).not.toContain('Remove user'); // an external admin loses a role, not the account
    await expectNoAxeViolations(editor);
  });

  it('read-only admins: the partner one sees everything read-only, the customer one has no access', async () => {
    const { editor } = await mount('partner-read-only-admin');
    expect(text(editor)).toContain('15 users');
    expect(button(editor, 'Add external admin').disabled).toBe(true);
    await openUser(editor, 'Uma Neu');
    const roles = [...root(editor).querySelectorAll<HTMLInputElement>('input[name="role"]')];
    // Nothing may be chosen, not even "no role", which Uma has (decision 0025).
    expect(roles.filter((input) => !input.disabled).map((input) => input.id)).toEqual([]);
    expect(roles.filter((input) => input.checked).map((input) => input.id)).toEqual(['role-none']);
    const licenses = root(editor).querySelector('input[name="license"]')!.closest('fieldset')!;
    expect(licenses.disabled).toBe(true);
    expect(reasonOf(editor, licenses)).toBe('Read-only admins can view but cannot change anything.');
    expect(button(editor, 'Resend invitation').disabled).toBe(true);
    expect(text(editor)).toContain('Read-only admins can view but cannot change anything.');
    await expectNoAxeViolations(editor);

    const customer = await mount('customer-read-only-admin');
    expect(root(customer.editor).querySelector('[role="alert"]')?.textContent).toContain(
      'no access to the contact-center service',
    );
    expect(() => button(customer.editor, 'Try again')).toThrow();
    await expectNoAxeViolations(customer.editor);
  });
});

describe('<onramp-role-editor> for partner and external full admins', () => {
  it.each(['partner-full-admin', 'external-full-admin'])(
    '%s: sees every user and makes an external user service admin',
    async (token) => {
      const { editor } = await mount(token);
      expect(text(editor)).toContain('15 users');
      button(editor, 'Add external admin').click();
      await formReady(editor, 'add-email');
      root(editor).querySelector<HTMLInputElement>('#add-email')!.value = 'xavier.new@contoso.example.com';
      button(editor, 'Add as service admin').click();
      await until(editor, () => names(editor).includes('Xavier New'), 'Xavier in the list');
      await openUser(editor, 'Xavier New');
      expect(radio(editor, 'role-service_admin').checked).toBe(true);
      expect(radio(editor, 'role-full_admin').disabled).toBe(true);
      await expectNoAxeViolations(editor);
    },
  );
});

describe("<onramp-role-editor>: the partner's admins (DOMAIN §2.1 partner org column), per actor", () => {
  const PARTNER = ['Pat Partner', 'Priya Raman', 'Rita Reader'];
  const EXTERNAL = ['Ella External', 'Olga Observer', 'Sam Okafor'];
  const rowText = (editor: OnrampRoleEditor, name: string) =>
    [...root(editor).querySelectorAll('[part="row"]')]
      .find((row) => row.querySelector('button.name')?.textContent === name)
      ?.textContent?.replace(/\s+/g, ' ') ?? '';
  async function openPartner(
    editor: OnrampRoleEditor,
    name: string,
    reason = 'is the partner managing this customer',
  ) {
    [...root(editor).querySelectorAll<HTMLButtonElement>('button.name')]
      .find((b) => b.textContent === name)
      ?.click();
    await until(editor, () => text(editor).includes(reason), `the dialog of ${name}`);
  }

  it('customer full admin: sees them marked as the partner, the provisioning admin too; their role is not editable, with the reason', async () => {
    const { editor } = await mount('customer-full-admin');
    await filterTo(editor, 'All external admins', [...EXTERNAL, ...PARTNER].sort());
    expect(rowText(editor, 'Priya Raman')).toContain(
      'priya.raman@acme-telecom.example.com · Partner: \u2068Acme Telecom\u2069',
    );
    expect(rowText(editor, 'Priya Raman')).toContain('Provisioning admin');
    expect(rowText(editor, 'Pat Partner')).toContain('Full admin');
    expect(rowText(editor, 'Sam Okafor')).toContain('External: \u2068Contoso Consulting\u2069');
    await openPartner(editor, 'Priya Raman');
    const dialog = root(editor).querySelector('dialog')!;
    expect(dialog.textContent).toContain('Provisioning admin');
    expect(dialog.textContent).toContain(
      "Acme Telecom is the partner managing this customer: its users' roles change there, not here.",
    );
    expect(dialog.querySelector('input[name="role"]')).toBeNull();
    expect(() => button(editor, 'Change role')).toThrow();
    expect(() => button(editor, 'Remove user')).toThrow();
    await expectNoAxeViolations(editor);
  });

  it('partner provisioning admin: sees the list of the other external admins, its own partner’s included, and changes nothing', async () => {
    const { editor } = await mount('partner-provisioning-admin');
    expect(names(editor)).toEqual([...EXTERNAL, ...PARTNER].sort());
    await openPartner(editor, 'Pat Partner');
    expect(root(editor).querySelector('dialog')?.textContent).toContain('Full admin');
    await expectNoAxeViolations(editor);
  });

  it.each(['customer-service-admin', 'external-service-admin'])(
    '%s: sees only service admins among admins, so none of the partner’s',
    async (token) => {
      const { editor } = await mount(token);
      for (const name of PARTNER) expect(names(editor)).not.toContain(name);
      await filterTo(editor, 'All external admins', ['Sam Okafor']);
    },
  );

  it('partner read-only admin: sees them; in Hebrew the partner mark reads right to left', async () => {
    const { editor } = await mount('partner-read-only-admin', { lang: 'he' });
    await until(
      editor,
      () => text(editor).includes('שותף: \u2068Acme Telecom\u2069'),
      'the partner mark in Hebrew',
    );
    expect(names(editor)).toEqual(expect.arrayContaining(PARTNER));
    await openPartner(editor, 'Rita Reader', 'Acme Telecom הוא ארגון השותף');
    expect(getComputedStyle(root(editor).querySelector('[part="base"]')!).direction).toBe('rtl');
    await expectNoAxeViolations(editor);
  });
});
