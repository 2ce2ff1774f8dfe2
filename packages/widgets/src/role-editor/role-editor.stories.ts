import {
  type ActorToken,
  expect,
  expectOk,
  fn,
  inside,
  type Meta,
  mockWorld,
  NEVER_ANSWERS,
  OUTAGE,
  renderWidget,
  type StoryObj,
  shows,
  textOf,
  userEvent,
  WORLD,
  waitFor,
  widgetIn,
  worldOf,
} from '../../../../apps/storybook/src/kit.js';
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
