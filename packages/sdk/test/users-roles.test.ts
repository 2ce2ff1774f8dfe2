import { WORLD } from '@onramp/mock-server';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type OnrampClient,
  type User,
  ValidationError,
} from '../src/index.js';
import { clientFor, useTestServer } from './helpers.js';

// The users and roles resources against the standalone mock server (its real handlers and the
// domain's rules). Berlin Bakery: setup completed, every admin role, external admins by grant.
const ORG = WORLD.provisionedCustomer;

const server = useTestServer();

const as = (token: string) => clientFor(server, { token }).client;

async function userByEmail(client: OnrampClient, prefix: string): Promise<User> {
  for await (const user of client.users.list(ORG)) if (user.email.startsWith(prefix)) return user;
  throw new Error(`no seeded user ${prefix}`);
}

describe('Connect role sync (DOMAIN §1.4, issue 17)', () => {
  it('setConnectRole syncs the Connect role to the Control Hub role', async () => {
    const client = as('customer-full-admin');
    const ben = await userByEmail(client, 'ben.weber@');
    const pair = await client.roles.setConnectRole(ORG, ben.id, 'all_access');
    expect(pair).toMatchObject({ controlHubRole: 'full_admin', direction: 'connect_to_control_hub' });
    expect((await client.users.get(ORG, ben.id)).adminRole).toBe('full_admin');
  });
});

describe('users', () => {
  it('update changes details with If-Match read first; setActive deactivates and activates (issue 17)', async () => {
    const client = as('customer-full-admin');
    const ben = await userByEmail(client, 'ben.weber@');
    const renamed = await client.users.update(ORG, ben.id, { lastName: 'Weber-Schmidt' });
    expect(renamed).toMatchObject({ displayName: 'Ben Weber-Schmidt', version: ben.version + 1 });
    const off = await client.users.setActive(ORG, ben.id, false);
    expect(off.active).toBe(false);
    expect((await client.users.setActive(ORG, ben.id, true)).active).toBe(true);
    const refused = await as('customer-service-admin')
      .users.setActive(ORG, ben.id, false)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as ForbiddenError).reason).toBe('user_management_not_allowed');
  });

  it('list visits every member once, page by page, and stops at totalCount', async () => {
    const client = as('customer-full-admin');
    const first = await client.users.list(ORG, { max: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.totalCount).toBeGreaterThan(5);
    const all = await client.users.list(ORG, { max: 5 }).toArray();
    expect(all).toHaveLength(first.totalCount as number);
    expect(new Set(all.map((user) => user.id)).size).toBe(all.length);
    const pages = Math.ceil((first.totalCount as number) / 5);
    expect(server.count('GET', `/organizations/${ORG}/users`)).toBe(1 + pages);
  });

  it('get reads one user; an unknown id is a NotFoundError', async () => {
    const client = as('customer-full-admin');
    const anna = await userByEmail(client, 'anna.schmidt@');
    const read = await client.users.get(ORG, anna.id);
    expect(read).toMatchObject({ id: anna.id, email: anna.email, contactCenterLicense: 'cc_standard' });
    await expect(client.users.get(ORG, 'nobody')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('add creates a user once: a replay with the same key answers the same user, another add is a 409', async () => {
    const client = as('customer-full-admin');
    const body = { email: 'new.agent@berlin-bakery.example.com', firstName: 'New', lastName: 'Agent' };
    const added = await client.users.add(ORG, body, { idempotencyKey: 'add-new-agent' });
    expect(added).toMatchObject({ email: body.email, status: 'unverified', orgId: ORG });
    const replayed = await client.users.add(ORG, body, { idempotencyKey: 'add-new-agent' });
    expect(replayed.id).toBe(added.id);
    const error = await client.users.add(ORG, body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('email_in_use');
    expect((error as ConflictError).fieldErrors).toHaveProperty('email');
    expect(await client.users.list(ORG).toArray()).toContainEqual(expect.objectContaining({ id: added.id }));
  });

  it('add with a license a read-only admin may not give is refused with its reason', async () => {
    const error = await as('customer-read-only-admin')
      .users.add(ORG, { email: 'x@berlin-bakery.example.com', license: 'cc_standard' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).reason).toBe('read_only_no_service_access');
  });

  it('resendInvitation sends the e-mail again; a verified user has none to resend (409)', async () => {
    const client = as('customer-full-admin');
    const uma = await userByEmail(client, 'uma.unverified@');
    const invitation = await client.users.resendInvitation(ORG, uma.id);
    expect(invitation).toMatchObject({ userId: uma.id, email: uma.email });
    expect(Date.parse(invitation.sentAt)).not.toBeNaN();
    const anna = await userByEmail(client, 'anna.schmidt@');
    const error = await client.users.resendInvitation(ORG, anna.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('user_already_verified');
  });

  it('setLicense reads the version for If-Match by itself; a stale version is a 412 that changes nothing', async () => {
    const client = as('customer-full-admin');
    const sara = await userByEmail(client, 'sara.second@');
    const licensed = await client.users.setLicense(ORG, sara.id, 'cc_premium');
    expect(licensed.contactCenterLicense).toBe('cc_premium');
    expect(licensed.version).toBe(sara.version + 1);
    const stale = await client.users
      .setLicense(ORG, sara.id, null, { ifMatch: sara })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).status).toBe(412);
    expect((stale as ConflictError).reason).toBe('etag_mismatch');
    expect((await client.users.get(ORG, sara.id)).contactCenterLicense).toBe('cc_premium');
    const removed = await client.users.setLicense(ORG, sara.id, null, { ifMatch: licensed });
    expect(removed.contactCenterLicense ?? null).toBeNull();
  });

  it('remove deletes a user of the org; a user of another org is a 409', async () => {
    const client = as('customer-full-admin');
    const uma = await userByEmail(client, 'uma.unverified@');
    await client.users.remove(ORG, uma.id);
    await expect(client.users.get(ORG, uma.id)).rejects.toBeInstanceOf(NotFoundError);
    const external = await userByEmail(client, 'sam.okafor@');
    const error = await client.users.remove(ORG, external.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('user_not_in_org');
  });
});

describe('users CSV import', () => {
  it('importTemplate is the users CSV with the two license columns', async () => {
    const template = await as('customer-full-admin').users.importTemplate(ORG);
    const [header, ...rows] = template.trim().split(/\r?\n/);
    expect(header?.split(',')).toEqual(
      expect.arrayContaining(['Webex Contact Center Standard', 'Webex Contact Center']),
    );
    expect(rows.some((row) => row.startsWith('anna.schmidt@berlin-bakery.example.com,'))).toBe(true);
  });

  it('a dry run reports without changing; the import applies; a bad row fails the whole file', async () => {
    const client = as('customer-full-admin');
    const header = (await client.users.importTemplate(ORG)).split(/\r?\n/)[0] as string;
    const columns = header.split(',');
    const row = (email: string, standard: string, premium: string) =>
      columns
        .map((column, i) =>
          i === 0
            ? email
            : column === 'Webex Contact Center Standard'
              ? standard
              : column === 'Webex Contact Center'
                ? premium
                : '',
        )
        .join(',');
    const csv = `${header}\n${row('rob.readonly@berlin-bakery.example.com', 'TRUE', 'FALSE')}\n`;

    const dry = await client.users.importCsv(ORG, csv, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, applied: false, counts: { rows: 1, changed: 1, errors: 0 } });
    const rob = await userByEmail(client, 'rob.readonly@');
    expect(rob.contactCenterLicense ?? null).toBeNull();

    const applied = await client.users.importCsv(ORG, csv);
    expect(applied).toMatchObject({ applied: true, counts: { changed: 1 } });
    expect(applied.rows[0]).toMatchObject({
      outcome: 'changed',
      previousLicense: null,
      license: 'cc_standard',
    });
    expect((await client.users.get(ORG, rob.id)).contactCenterLicense).toBe('cc_standard');

    const bad = `${header}\n${row('lee.connect@berlin-bakery.example.com', 'TRUE', 'TRUE')}\n`;
    const error = await client.users.importCsv(ORG, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).reason).toBe('both_licenses');
    const lee = await userByEmail(client, 'lee.connect@');
    expect(lee.contactCenterLicense ?? null).toBeNull();
  });
});

describe('roles', () => {
  it('options lists every role with whether the signed-in admin may give it', async () => {
    const client = as('customer-full-admin');
    const anna = await userByEmail(client, 'anna.schmidt@');
    const options = await client.roles.options(ORG, anna.id);
    expect(options.currentRole).toBeNull();
    expect(options.options.map((option) => option.role)).toEqual(
      expect.arrayContaining([null, 'full_admin', 'service_admin', 'read_only_admin']),
    );
  });

  it('assign and revoke send the version read first; the change is the server state', async () => {
    const client = as('customer-full-admin');
    const anna = await userByEmail(client, 'anna.schmidt@');
    const assigned = await client.roles.assign(ORG, anna.id, 'service_admin');
    expect(assigned).toMatchObject({ previousRole: null, user: { adminRole: 'service_admin' } });
    expect(assigned.connectRole).toBeTruthy();
    expect((await client.users.get(ORG, anna.id)).adminRole).toBe('service_admin');
    const revoked = await client.roles.revoke(ORG, anna.id);
    expect(revoked).toMatchObject({ previousRole: 'service_admin', user: { adminRole: null } });
    const puts = server.lines.filter((line) => line.startsWith('PUT ') && line.includes('/adminRole'));
    const reads = server.lines.filter((line) =>
      line.startsWith(`GET /v1/organizations/${ORG}/users/${anna.id} `),
    );
    expect(puts).toHaveLength(2);
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });

  it('a stale If-Match is a 412 ConflictError and the role stays', async () => {
    const client = as('customer-full-admin');
    const anna = await userByEmail(client, 'anna.schmidt@');
    await client.roles.assign(ORG, anna.id, 'read_only_admin', { ifMatch: anna });
    const error = await client.roles.revoke(ORG, anna.id, { ifMatch: anna }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).status).toBe(412);
    expect((await client.users.get(ORG, anna.id)).adminRole).toBe('read_only_admin');
  });

  it('a service admin giving the full-admin role is refused with the rule as the 403 reason', async () => {
    const client = as('customer-service-admin');
    const anna = await userByEmail(as('customer-full-admin'), 'anna.schmidt@');
    const error = await client.roles.assign(ORG, anna.id, 'full_admin').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).status).toBe(403);
    expect((error as ForbiddenError).reason).toBe('service_admin_assigns_only_service_admin');
    expect((await client.users.get(ORG, anna.id)).adminRole).toBeNull();
  });

  it('addExternalAdmin grants a user of another org the service-admin role here', async () => {
    const client = as('customer-full-admin');
    const xavier = await client.roles.addExternalAdmin(ORG, 'xavier.new@contoso.example.com');
    expect(xavier).toMatchObject({ relation: 'external', adminRole: 'service_admin' });
    expect(await client.users.list(ORG).toArray()).toContainEqual(expect.objectContaining({ id: xavier.id }));
    const again = await client.roles
      .addExternalAdmin(ORG, 'xavier.new@contoso.example.com')
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).reason).toBe('already_admin');
    const own = await client.roles
      .addExternalAdmin(ORG, 'anna.schmidt@berlin-bakery.example.com')
      .catch((e: unknown) => e);
    expect((own as ConflictError).reason).toBe('not_external_user');
  });

  it('an external service admin making another external admin is a 403 with its reason', async () => {
    const error = await as('external-service-admin')
      .roles.addExternalAdmin(ORG, 'xavier.new@contoso.example.com')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).reason).toBe('external_service_admin_customer_users_only');
    expect((error as ForbiddenError).message).toMatch(/^403 An external service admin/);
    const members = await as('customer-full-admin').users.list(ORG).toArray();
    expect(members.some((user) => user.email.startsWith('xavier.new@'))).toBe(false);
  });
});
