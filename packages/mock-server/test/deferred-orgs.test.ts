import { describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import type { MockResponse } from '../src/core/types.js';
import { WORLD } from '../src/store/seed-world.js';
import { US_ADDRESS } from './customers.js';
import { normalized, send } from './world.js';

/**
 * A new wholesale customer's org (with its first admin and welcome e-mail) is built on first need
 * (`Directory.defer`), not during the create. These tests hold the lazy world to the eager one.
 */

const MINUTE = 60_000;

const customerBody = (n: string, name: string, email: string) => ({
  provisioningId: `prov-${n}`,
  packages: ['webex_calling', 'webex_meetings'],
  externalId: `ext-deferred-${n}`,
  address: US_ADDRESS,
  customerInfo: { name, primaryEmail: email },
});

const newApp = () => createMockApp({ clock: createManualClock(Date.UTC(2026, 11, 3, 12)) });
const idOf = (answer: MockResponse) => (answer.headers.location ?? '').split('/').pop() as string;
/** Is the org built (not merely deferred)? Reads the map without settling. */
const built = (app: MockApp, orgId: string) => Map.prototype.has.call(app.store.directory.orgs, orgId);
/** The customer's org id: the wire shows it only once provisioned (decisions/0031), the store always. */
const orgIdOf = (app: MockApp, created: MockResponse) => ({
  orgId: app.store.customers.get(idOf(created))?.orgId as string,
});

/** The same requests against a lazy app and one that builds every deferred org after each request. */
async function both(steps: (app: MockApp, eager: boolean) => Promise<string[]>) {
  const lazy = newApp();
  const eager = newApp();
  const eagerHandle = eager.handle;
  // The eager reference: whatever a request deferred is built before the next one is even read.
  (eager as { handle: MockApp['handle'] }).handle = async (request) => {
    const answer = await eagerHandle(request);
    eager.store.directory.settle();
    return answer;
  };
  const lazyAnswers = await steps(lazy, false);
  const eagerAnswers = await steps(eager, true);
  return { lazy, eager, lazyAnswers, eagerAnswers };
}

describe('customer orgs of new wholesale customers, built on first need', () => {
  it('leaves the same world, in the same order, as building each org during its create', async () => {
    const { lazy, eager, lazyAnswers, eagerAnswers } = await both(async (app) => {
      const log: string[] = [];
      const record = async (answer: Promise<MockResponse>) => {
        const got = await answer;
        log.push(`${got.status} ${JSON.stringify(got.body)}`);
        return got;
      };
      await record(
        send(app, 'POST', '/wholesale/customers', customerBody('a', 'Alpha', 'shared@a.example.com')),
      );
      const listed = await record(
        send(app, 'POST', '/wholesale/customers', customerBody('b', 'Beta rpl-listed', 'b@b.example.com')),
      );
      // The same e-mail as Alpha's admin: that org starts without an admin (decisions/0046).
      await record(
        send(app, 'POST', '/wholesale/customers', customerBody('c', 'Gamma', 'shared@a.example.com')),
      );
      await record(send(app, 'POST', '/wholesale/customers', customerBody('d', 'Delta', 'd@d.example.com')));
      // Delta's admin holds this e-mail already, whether or not Delta's org was read.
      await record(
        send(
          app,
          'POST',
          `/organizations/${encodeURIComponent(WORLD.provisionedCustomer)}/users`,
          { email: 'd@d.example.com', firstName: 'D', lastName: 'Dup' },
          'customer-full-admin',
        ),
      );
      await record(
        send(app, 'POST', `/_mock/rpl/${encodeURIComponent(idOf(listed))}`, { decision: 'approved' }),
      );
      app.clock.advance(5 * MINUTE);
      await record(send(app, 'GET', '/_mock/outbox'));
      await record(
        send(app, 'POST', '/wholesale/customers', customerBody('e', 'Epsilon', 'e@e.example.com')),
      );
      await record(send(app, 'GET', '/organizations?max=100'));
      return log;
    });
    expect(lazyAnswers.map(normalized)).toEqual(eagerAnswers.map(normalized));
    expect(lazyAnswers[4]).toMatch(/^409 .*email_in_use/);
    expect(normalized(lazy.store.snapshot())).toBe(normalized(eager.store.snapshot()));
  });

  it('lists, reads and persists an org never read, with its admin and welcome e-mail', async () => {
    const app = newApp();
    const created = await send(
      app,
      'POST',
      '/wholesale/customers',
      customerBody('f', 'Foxtrot', 'f@f.example.com'),
    );
    const orgId = orgIdOf(app, created);
    expect(built(app, orgId.orgId), 'the create deferred the org').toBe(false);

    // A state file written now holds the org, its admin and the welcome e-mail.
    const state = app.exportState();
    expect(state.data.orgs.map((org) => org.id)).toContain(orgId.orgId);
    expect(state.data.users.find((user) => user.email === 'f@f.example.com')).toMatchObject({
      orgId: orgId.orgId,
      status: 'unverified',
      roles: ['full_admin'],
    });
    expect(state.data.outbox.map((mail) => mail.to)).toContain('f@f.example.com');

    const restarted = newApp();
    restarted.importState(state);
    const org = await send(restarted, 'GET', `/organizations/${encodeURIComponent(orgId.orgId)}`);
    expect(org.status).toBe(200);
    expect(org.body).toMatchObject({ id: orgId.orgId, name: 'Foxtrot', country: 'US' });
  });

  it("lists a deferred org in the partner's orgs, and finds its admin by e-mail and in its users", async () => {
    const app = newApp();
    const created = await send(
      app,
      'POST',
      '/wholesale/customers',
      customerBody('g', 'Golf', 'g@g.example.com'),
    );
    const { orgId } = orgIdOf(app, created);
    expect(built(app, orgId)).toBe(false);
    const orgs = (await send(app, 'GET', '/organizations?max=100')).body as { items: { id: string }[] };
    expect(orgs.items.map((org) => org.id)).toContain(orgId);

    const other = newApp();
    const again = await send(
      other,
      'POST',
      '/wholesale/customers',
      customerBody('g', 'Golf', 'g@g.example.com'),
    );
    const otherOrg = orgIdOf(other, again).orgId;
    expect(built(other, otherOrg)).toBe(false);
    expect(other.store.directory.userByEmail('g@g.example.com')?.orgId).toBe(otherOrg);

    const third = newApp();
    const third1 = await send(
      third,
      'POST',
      '/wholesale/customers',
      customerBody('g', 'Golf', 'g@g.example.com'),
    );
    const thirdOrg = orgIdOf(third, third1).orgId;
    const users = await send(
      third,
      'GET',
      `/organizations/${encodeURIComponent(thirdOrg)}/users?filter=administrators`,
    );
    expect(users.status).toBe(200);
    expect((users.body as { items: { email: string }[] }).items.map((user) => user.email)).toEqual([
      'g@g.example.com',
    ]);
  });

  it('forgets deferred orgs on reset: the old world never comes back', async () => {
    const app = newApp();
    const seeded = app.store.snapshot();
    const created = await send(
      app,
      'POST',
      '/wholesale/customers',
      customerBody('h', 'Hotel', 'h@h.example.com'),
    );
    const { orgId } = orgIdOf(app, created);
    app.reset();
    expect((await send(app, 'GET', `/organizations/${encodeURIComponent(orgId)}`)).status).toBe(404);
    expect(app.store.directory.userByEmail('h@h.example.com')).toBeUndefined();
    expect(app.store.outbox.map((mail) => mail.to)).not.toContain('h@h.example.com');
    expect(app.store.snapshot()).toBe(seeded);
  });
});
