import {
  type ActorToken,
  designPage,
  designPageParameters,
  expect,
  expectOk,
  fn,
  inside,
  type Meta,
  mockWorld,
  NEVER_ANSWERS,
  OUTAGE,
  playDesignPage,
  renderWidget,
  type StoryObj,
  shows,
  textOf,
  userEvent,
  WORLD,
  waitFor,
  widgetIn,
  worldOf,
} from '@onramp/story-kit';
import './onramp-role-editor.js';

/**
 * The users and admin roles of Berlin Bakery GmbH (the seeded customer with every admin role and
 * external admins), as each actor of DOMAIN §2.1 sees them. Choose another actor in the toolbar.
 */
const meta = {
  title: 'Widgets/Role editor',
  component: 'onramp-role-editor',
  render: renderWidget('onramp-role-editor'),
  args: { orgId: WORLD.provisionedCustomer, searchDelay: 300 },
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const as = (actor: ActorToken): Story => ({
  loaders: [mockWorld({ actor })],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await waitFor(() =>
      expect(editor.shadowRoot!.querySelector('[part="row"], [role="alert"]')).not.toBeNull(),
    );
  },
});

export const CustomerFullAdmin = as('customer-full-admin');
export const PartnerFullAdmin = as('partner-full-admin');
export const ExternalFullAdmin = as('external-full-admin');
export const ExternalServiceAdmin = as('external-service-admin');
export const CustomerServiceAdmin = as('customer-service-admin');
export const ProvisioningAdmin = as('partner-provisioning-admin');
export const PartnerReadOnly = as('partner-read-only-admin');
/** The customer's read-only admin has no access to users at all: the refusal, in the user's language. */
export const CustomerReadOnly = as('customer-read-only-admin');

/** The permissions request has not answered yet. */
export const Loading: Story = {
  loaders: [mockWorld({ faults: [{ route: 'getEffectivePermissions', rule: NEVER_ANSWERS }] })],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await shows(editor, 'Loading');
  },
};

/** The service is down (503): the error and a retry. */
export const LoadError: Story = {
  loaders: [mockWorld({ faults: [{ route: 'getEffectivePermissions', rule: OUTAGE }] })],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await waitFor(() => expect(inside(editor).getByRole('alert')).toBeVisible());
    await expect(inside(editor).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

/** The list loads but a page fails (503 on listUsers), then comes back after a retry. */
export const ListFailsThenRetries: Story = {
  loaders: [mockWorld({ actor: 'customer-full-admin', faults: [{ route: 'listUsers', rule: OUTAGE }] })],
  play: async ({ canvasElement, loaded }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    const retry = await inside(editor).findByRole('button', { name: 'Try again' });
    worldOf(loaded).app.faults.clear();
    await userEvent.click(retry);
    await shows(editor, 'Carla Customer');
  },
};

/** A search that matches nobody: the empty list. */
export const Empty: Story = {
  args: { searchDelay: 0 },
  loaders: [mockWorld({ actor: 'customer-full-admin' })],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    const search = await inside(editor).findByRole('searchbox');
    await userEvent.type(search, 'nobody-by-this-name');
    await waitFor(() => expect(editor.shadowRoot!.querySelector('[part="empty"]')).not.toBeNull());
  },
};

/** A customer full admin makes Anna Schmidt a full admin: choose, confirm, and the server's answer. */
export const ChangeARole: Story = {
  args: { onRoleChange: fn() },
  loaders: [mockWorld({ actor: 'customer-full-admin' })],
  render: (args, context) => {
    const editor = renderWidget('onramp-role-editor')(args, context);
    editor.addEventListener('onramp-role-change', args.onRoleChange as (event: Event) => void);
    return editor;
  },
  play: async ({ canvasElement, args, loaded, step }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    const screen = inside(editor);
    await step('Open Anna Schmidt', async () => {
      await userEvent.click(await screen.findByRole('button', { name: /Anna Schmidt/ }));
      await waitFor(() => expect(screen.getByRole('radio', { name: /Full admin/ })).toBeEnabled());
    });
    await step('Choose full admin and confirm', async () => {
      await userEvent.click(screen.getByRole('radio', { name: /Full admin/ }));
      await userEvent.click(screen.getByRole('button', { name: 'Change role' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    });
    await step('The server changed the role', async () => {
      await shows(editor, 'can only sign in to Agent Desktop');
      await expect(args.onRoleChange).toHaveBeenCalledTimes(1);
      const event = (args.onRoleChange as ReturnType<typeof fn>).mock.calls[0]?.[0] as {
        role: string;
        previousRole: string | null;
      };
      await expect([event.previousRole, event.role]).toEqual([null, 'full_admin']);
      await expect(worldOf(loaded).requests.filter((r) => r.startsWith('PUT'))).toHaveLength(1);
    });
    await expect(textOf(editor)).toContain('Anna Schmidt');
  },
};

/** The toolbar's actor replaces the story's: the customer's read-only admin is refused the users. */
export const ActorFromTheToolbar: Story = {
  loaders: [mockWorld({ actor: 'customer-full-admin' })],
  globals: { actor: 'customer-read-only-admin' },
  play: async ({ canvasElement, loaded }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await waitFor(() => expect(inside(editor).getByRole('alert')).toBeVisible());
    await expect(textOf(editor)).not.toContain('Carla Customer');
    await expect(worldOf(loaded).actor).toBe('customer-full-admin');
  },
};

/** A large org: 1,000 more users added through the API; the list stays windowed as it scrolls. */
export const LargeOrg: Story = {
  loaders: [
    mockWorld({
      actor: 'customer-full-admin',
      prepare: async (world) => {
        const client = world.as('customer-full-admin');
        const path = { params: { path: { orgId: WORLD.provisionedCustomer } } };
        for (let n = 0; n < 1000; n++) {
          const id = String(n).padStart(4, '0');
          await expectOk(
            'add user',
            client.POST('/organizations/{orgId}/users', {
              ...path,
              body: {
                email: `user-${id}@berlin-bakery.example.com`,
                firstName: 'Load',
                lastName: `Tester ${id}`,
              },
            }),
          );
        }
        return undefined;
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await shows(editor, /1,01\d users/);
    const viewport = editor.shadowRoot!.querySelector<HTMLElement>('[part="viewport"]')!;
    viewport.scrollTop = viewport.scrollHeight / 2;
    await shows(editor, /Tester 0[45]\d\d/);
    await expect(editor.shadowRoot!.querySelectorAll('[part="row"]').length).toBeLessThan(200);
  },
};

/* ---- CSV import (DOMAIN §2.3): template, checked preview with per-row errors, apply and result ---- */

const HEADER =
  'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Webex Contact Center Standard,Webex Contact Center';
const ANNA = 'anna.schmidt@berlin-bakery.example.com,Anna,Schmidt,Anna Schmidt,verified';
const BEN = 'ben.weber@berlin-bakery.example.com,Ben,Weber,Ben Weber,verified';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;

/** Opens the import panel of the customer full admin's editor and, with `content`, chooses that file. */
async function importFile(canvasElement: HTMLElement, content?: string) {
  const editor = await widgetIn(canvasElement, 'onramp-role-editor');
  const screen = inside(editor);
  await userEvent.click(await screen.findByRole('button', { name: 'Import from CSV' }));
  if (content !== undefined)
    await userEvent.upload(
      // The panel's contents arrive with their code, loaded at the first opening.
      await screen.findByLabelText('CSV file'),
      new File([content], 'users.csv', { type: 'text/csv' }),
    );
  return { editor, screen };
}

const fullAdmin = { loaders: [mockWorld({ actor: 'customer-full-admin' })] };

/** The import panel: what may change, the template to download, the file input and drop zone. */
export const ImportPanel: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const { editor, screen } = await importFile(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Download the template' }));
    await shows(editor, 'Template downloaded with 9 users.');
  },
};

/** A file the widget refuses itself (a value that is not TRUE/FALSE, both licenses): nothing is sent. */
export const ImportFileRefusedHere: Story = {
  ...fullAdmin,
  play: async ({ canvasElement, loaded }) => {
    const { editor } = await importFile(canvasElement, csv(`${ANNA},YES,`, `${BEN},TRUE,TRUE`));
    await shows(editor, 'The file has errors and was not sent.');
    await shows(editor, 'Row 2, column “Webex Contact Center Standard”: use TRUE or FALSE');
    await expect(worldOf(loaded).requests.filter((r) => r.startsWith('POST'))).toEqual([]);
  },
};

/** The server's dry run finds what only it knows: a changed read-only column, an unknown user. */
export const ImportPreviewWithRowErrors: Story = {
  ...fullAdmin,
  play: async ({ canvasElement, loaded }) => {
    const before = worldOf(loaded).app.store.snapshot();
    const { editor, screen } = await importFile(
      canvasElement,
      csv(
        'anna.schmidt@berlin-bakery.example.com,Anne,Schmidt,Anna Schmidt,verified,FALSE,TRUE',
        'nobody@berlin-bakery.example.com,,,,,TRUE,FALSE',
        `${BEN},TRUE,FALSE`,
      ),
    );
    await shows(editor, 'Row 2, column “First Name”: only the two contact-center columns may change');
    await shows(
      editor,
      'Row 3, column “User ID/Email (Required)”: no user of this organization has this e-mail.',
    );
    await expect(screen.getByRole('button', { name: 'Apply 1 change' })).toBeDisabled();
    await expect(worldOf(loaded).app.store.snapshot()).toBe(before);
  },
};

/** A valid file: the preview of each change, waiting for the admin to apply it. */
export const ImportPreviewReady: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const { editor, screen } = await importFile(
      canvasElement,
      csv(`${ANNA},FALSE,TRUE`, `${BEN},FALSE,TRUE`),
    );
    await shows(editor, 'users.csv: 2 rows — 1 to change, 1 unchanged, 0 with errors.');
    await shows(editor, 'Now: Webex Contact Center Standard. After: Webex Contact Center Premium.');
    await expect(screen.getByRole('button', { name: 'Apply 1 change' })).toBeEnabled();
  },
};

/** Applied: the result, the list updated, and the typed `onramp-users-imported` event. */
export const ImportApplied: Story = {
  args: { onUsersImported: fn() },
  ...fullAdmin,
  render: (args, context) => {
    const editor = renderWidget('onramp-role-editor')(args, context);
    editor.addEventListener('onramp-users-imported', args.onUsersImported as (event: Event) => void);
    return editor;
  },
  play: async ({ canvasElement, args }) => {
    const { editor, screen } = await importFile(canvasElement, csv(`${ANNA},FALSE,TRUE`));
    await userEvent.click(await screen.findByRole('button', { name: 'Apply 1 change' }));
    await shows(editor, 'Done: 1 user changed.');
    await expect(args.onUsersImported).toHaveBeenCalledTimes(1);
    await shows(editor, /Anna Schmidt anna\.schmidt@berlin-bakery\.example\.com Verified Premium/);
  },
};

/* ---- Add and remove users (DOMAIN §2.1) ---- */

async function addUserForm(canvasElement: HTMLElement, email?: string) {
  const editor = await widgetIn(canvasElement, 'onramp-role-editor');
  const screen = inside(editor);
  await userEvent.click(await screen.findByRole('button', { name: 'Add user' }));
  if (email) {
    // The form's code loads at its first opening (decision 0073).
    await userEvent.type(await screen.findByLabelText('E-mail'), email);
    await userEvent.type(screen.getByLabelText('First name (optional)'), 'Nina');
    await userEvent.type(screen.getByLabelText('Last name (optional)'), 'Neu');
    await userEvent.click(screen.getByRole('button', { name: 'Add and invite' }));
  }
  return { editor, screen };
}

/** The add-user form, open and empty. */
export const AddUserForm: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const { screen } = await addUserForm(canvasElement);
    await expect(await screen.findByRole('button', { name: 'Add and invite' })).toBeVisible();
  },
};

/** The user is added, invited by e-mail, and listed. */
export const UserAdded: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const { editor } = await addUserForm(canvasElement, 'nina.neu@berlin-bakery.example.com');
    await shows(editor, 'nina.neu@berlin-bakery.example.com was added and invited.');
    await shows(editor, 'Nina Neu');
  },
};

/** The e-mail belongs to a user already: refused, what was typed stays. */
export const AddUserEmailInUse: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const { editor, screen } = await addUserForm(canvasElement, 'anna.schmidt@berlin-bakery.example.com');
    await shows(editor, 'This e-mail already belongs to a user.');
    await expect(screen.getByLabelText('E-mail')).toHaveValue('anna.schmidt@berlin-bakery.example.com');
  },
};

/** A service admin may not add or remove users: the buttons say why (DOMAIN §2.3). */
export const AddUserNotAllowed: Story = {
  loaders: [mockWorld({ actor: 'customer-service-admin' })],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await waitFor(() => expect(inside(editor).getByRole('button', { name: 'Add user' })).toBeDisabled());
    await shows(
      editor,
      'Service admins and provisioning admins cannot add, remove, activate or deactivate users.',
    );
  },
};

async function removeUma(canvasElement: HTMLElement) {
  const editor = await widgetIn(canvasElement, 'onramp-role-editor');
  const screen = inside(editor);
  await userEvent.click(await screen.findByRole('button', { name: 'Manage Uma Neu' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Remove user' }));
  await shows(editor, 'Remove Uma Neu from the organization?');
  return { editor, screen };
}

/** Removing a user is always confirmed: the question, with Cancel focused. */
export const RemoveUserConfirm: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const { editor } = await removeUma(canvasElement);
    await expect(editor.shadowRoot?.activeElement?.textContent).toBe('Cancel');
  },
};

/** Confirmed: the user is removed and the list says so. */
export const UserRemoved: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const { editor, screen } = await removeUma(canvasElement);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await shows(editor, 'Uma Neu was removed.');
  },
};

/* ---- Add external admin (DOMAIN §2.2, §2.3) ---- */

async function addExternal(canvasElement: HTMLElement, email: string) {
  const editor = await widgetIn(canvasElement, 'onramp-role-editor');
  const screen = inside(editor);
  await userEvent.click(await screen.findByRole('button', { name: 'Add external admin' }));
  await userEvent.type(await screen.findByLabelText('E-mail of the external user'), email);
  await userEvent.click(screen.getByRole('button', { name: 'Add as service admin' }));
  return editor;
}

/** Found: the external user is now a contact-center service admin of the org. */
export const AddExternalAdminFound: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const editor = await addExternal(canvasElement, 'xavier.new@contoso.example.com');
    await shows(editor, 'xavier.new@contoso.example.com is now a contact-center service admin.');
  },
};

/** Not found: no user has this e-mail. */
export const AddExternalAdminNotFound: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const editor = await addExternal(canvasElement, 'nobody@nowhere.example.com');
    await shows(editor, 'No user has this e-mail.');
  },
};

/** Refused with the reason: the user's org has its own contact-center service (DOMAIN §2.2). */
export const AddExternalAdminRefused: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const editor = await addExternal(canvasElement, 'gina.globex@globex.example.com');
    await shows(editor, "The user's organization already has the contact-center service.");
  },
};

/** An external service admin may not add another external service admin: the button says why. */
export const AddExternalAdminNotAllowed: Story = {
  loaders: [mockWorld({ actor: 'external-service-admin' })],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await waitFor(() =>
      expect(inside(editor).getByRole('button', { name: 'Add external admin' })).toBeDisabled(),
    );
    await shows(editor, 'only to users of the customer organization');
  },
};

/* ---- The partner's admins, and a change whose answer is lost ---- */

/** All external admins: the partner's admins marked "Partner", the provisioning admin among them. */
export const PartnerAdmins: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await userEvent.click(await inside(editor).findByRole('radio', { name: 'All external admins' }));
    await shows(
      editor,
      /Priya Raman priya\.raman@acme-telecom\.example\.com · Partner: \u2068Acme Telecom\u2069 .*Provisioning admin/,
    );
  },
};

/** A partner admin's dialog: the role, and why it is not changed in the customer org. */
export const PartnerAdminDialog: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await userEvent.click(await inside(editor).findByRole('button', { name: 'Manage Priya Raman' }));
    await shows(editor, 'Acme Telecom is the partner managing this customer');
  },
};

/** The server made the role change but its answer was lost: read back, it is shown as saved. */
export const RoleChangeAnswerLost: Story = {
  loaders: [
    mockWorld({
      actor: 'customer-full-admin',
      faults: [{ route: 'setUserAdminRole', rule: { loseAnswer: true, times: 1 } }],
    }),
  ],
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    const screen = inside(editor);
    await userEvent.click(await screen.findByRole('button', { name: 'Manage Anna Schmidt' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /Read-only admin/ })).toBeEnabled());
    await userEvent.click(screen.getByRole('radio', { name: /Read-only admin/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Change role' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await shows(editor, "The answer was lost, but the user's state shows that it was saved.");
  },
};

/** The partner's admins in Hebrew, right to left: the partner mark and the reason in the dialog. */
export const PartnerAdminsHebrew: Story = {
  ...fullAdmin,
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    await shows(editor, 'שותף: \u2068Acme Telecom\u2069');
    await userEvent.click(await inside(editor).findByRole('button', { name: /Priya Raman/ }));
    await shows(editor, 'Acme Telecom הוא ארגון השותף שמנהל את הלקוח הזה');
  },
};

/** The list by keyboard: one tab stop, End jumps to the last user (its page loads on the way). */
export const ListByKeyboard: Story = {
  ...fullAdmin,
  play: async ({ canvasElement }) => {
    const editor = await widgetIn(canvasElement, 'onramp-role-editor');
    const first = await inside(editor).findByRole('button', { name: 'Manage Anna Schmidt' });
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(editor.shadowRoot?.activeElement?.textContent).toBe('Ben Weber'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(editor.shadowRoot?.activeElement?.textContent).toBe('Uma Neu'));
  },
};

/**
 * The design page (issue 22): this state in light, dark and high-contrast, English and Hebrew,
 * comfortable and compact, at 375 and 1280 px side by side, for a designer to review in one place.
 */
export const Design: Story = {
  loaders: [mockWorld({ actor: 'partner-full-admin' })],
  render: (args, context) => designPage(() => meta.render(args, context)),
  parameters: designPageParameters,
  play: (context) => playDesignPage(context, 'onramp-role-editor'),
};
