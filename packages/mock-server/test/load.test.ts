import type { CustomerStatus } from '@onramp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { createPrng } from '../src/core/prng.js';
import { type RunningMockServer, startMockServer } from '../src/node/server.js';
import { WORLD } from '../src/store/seed-world.js';
import { illegalStatusSequences, storeInvariantViolations } from './load-invariants.js';

/**
 * A load test of the standalone server (issue #10), on loopback and bounded in time: LOAD_CLIENTS
 * (20) clients for LOAD_SECONDS (5) of mixed reads and writes — customer creates with and without
 * an Idempotency-Key (some retried, some twice at once), subscriber creates against package limits,
 * role and license changes on the same users, deletes, list and get reads — while one client moves
 * the virtual clock. Afterwards every accepted write is present and every domain invariant holds.
 * Not a speed test (that is `pnpm bench`): nothing here is timed.
 */
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 20);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const MIN_ROUNDS = 12;
const BERLIN = WORLD.provisionedCustomer;

interface Answer {
  status: number;
  body: Record<string, unknown> | undefined;
  etag: string | null;
}

describe(`load: ${CLIENTS} clients × ${SECONDS} s of mixed reads and writes over loopback`, () => {
  let running: RunningMockServer;
  let app: MockApp;

  beforeAll(async () => {
    app = createMockApp({ clock: createManualClock() });
    running = await startMockServer({ app, port: 0 });
  });
  afterAll(() => running.close());

  async function request(
    method: string,
    path: string,
    { body, token = 'partner-full-admin', key }: { body?: unknown; token?: string; key?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (key) headers['idempotency-key'] = key;
    // The control API (`/_mock/...`) is at the root, the contract under `/v1`.
    const base = path.startsWith('/_mock/') ? running.url.replace(/\/v1$/, '') : running.url;
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      etag: response.headers.get('etag'),
    };
  }

  it('keeps every accepted write and every invariant of the domain', {
    timeout: (SECONDS + 240) * 1000,
  }, async () => {
    const ext1 = app.store.customerByExternal('ext-1');
    const members = ['anna.schmidt', 'ben.weber', 'uma.unverified'].map(
      (name) => app.store.directory.userByEmail(`${name}@berlin-bakery.example.com`)?.id as string,
    );
    expect(ext1 && members.every(Boolean), 'seeded records').toBeTruthy();
    const created = new Map<string, string>(); // customer id → externalId
    const byKey = new Map<string, Set<string>>(); // Idempotency-Key → customer urls answered
    const deleted = new Set<string>();
    const subscribers = new Set<string>();
    const observed = new Map<string, CustomerStatus[]>();
    const userWrites = new Map<
      string,
      { version: number; role?: string | null; previousRole?: string | null; license?: string | null }[]
    >();
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const deadline = Date.now() + SECONDS * 1000;

    async function createCustomer(client: number, n: number, random: () => number) {
      const externalId = `load-${client}-${n}`;
      const listed = random() < 0.1 ? ' rpl-listed' : '';
      const body = {
        provisioningId: `prov-${client}`,
        packages: ['webex_calling'],
        externalId,
        address: {
          addressLine1: `${n} Load St${listed}`,
          city: 'Austin',
          stateOrProvince: 'TX',
          zipOrPostalCode: '78701',
          country: 'US',
        },
        customerInfo: { name: `Load ${client}-${n}`, primaryEmail: `admin@load-${client}-${n}.example.com` },
        provisioningParameters: { packages: { limits: { webex_calling: 2 } } },
      };
      const key = random() < 0.6 ? `key-${externalId}` : undefined;
      const twiceAtOnce = key && random() < 0.3;
      const answers = twiceAtOnce
        ? await Promise.all([
            request('POST', '/wholesale/customers', { body, key }),
            request('POST', '/wholesale/customers', { body, key }),
          ])
        : [await request('POST', '/wholesale/customers', { body, key })];
      // A retry after the answer: with the key it replays, without it the externalId is taken (409).
      if (random() < 0.3) answers.push(await request('POST', '/wholesale/customers', { body, key }));
      for (const answer of answers) {
        count(answer.status);
        if (answer.status !== 202) continue;
        const url = String(answer.body?.url);
        created.set(url.split('/').pop() as string, externalId);
        if (key) byKey.set(key, (byKey.get(key) ?? new Set()).add(url));
      }
    }

    async function observe(random: () => number) {
      const ids = [...created.keys()];
      const id = ids[Math.floor(random() * ids.length)];
      if (!id) return;
      const answer = await request('GET', `/wholesale/customers/${id}`);
      count(answer.status);
      if (answer.status === 200)
        observed.set(id, [...(observed.get(id) ?? []), answer.body?.status as CustomerStatus]);
      else expect(deleted.has(id) && answer.status === 404, `GET ${id} → ${answer.status}`).toBe(true);
      if (answer.body?.status === 'provisioned' && random() < 0.2) {
        const removal = await request('DELETE', `/wholesale/customers/${id}`);
        count(removal.status);
        if (removal.status === 202) deleted.add(id);
      }
    }

    async function addSubscriber(client: number, n: number, random: () => number) {
      const key = random() < 0.5 ? `sub-${client}-${n}` : undefined;
      const body = {
        customerId: ext1?.id,
        email: `sub-${client}-${n}@load.example.com`,
        packages: ['webex_calling'],
        provisioningParameters: {},
      };
      for (let attempt = 0; attempt < (key ? 2 : 1); attempt++) {
        const answer = await request('POST', '/wholesale/subscribers', { body, key });
        count(answer.status);
        if (answer.status < 300) subscribers.add(body.email);
      }
    }

    async function changeUser(random: () => number) {
      const userId = members[Math.floor(random() * members.length)] as string;
      const path = `/organizations/${BERLIN}/users/${userId}`;
      const roleChange = random() < 0.5;
      const value = roleChange
        ? (['service_admin', 'read_only_admin', null] as const)[Math.floor(random() * 3)]
        : (['cc_premium', 'cc_standard', null] as const)[Math.floor(random() * 3)];
      const answer = roleChange
        ? await request('PUT', `${path}/adminRole`, { body: { role: value }, token: 'customer-full-admin' })
        : await request('PUT', `${path}/license`, { body: { license: value }, token: 'customer-full-admin' });
      count(answer.status);
      if (answer.status !== 200) return;
      const version = Number(answer.etag?.replace(/\D/g, ''));
      const write = roleChange
        ? { version, role: value, previousRole: answer.body?.previousRole as string | null }
        : { version, license: value };
      userWrites.set(userId, [...(userWrites.get(userId) ?? []), write]);
    }

    async function read(random: () => number) {
      const paths = [
        '/wholesale/customers?max=20',
        `/organizations/${BERLIN}/users?max=10`,
        '/wholesale/subscribers?max=10',
        '/me',
      ];
      count((await request('GET', paths[Math.floor(random() * paths.length)] as string)).status);
    }

    async function client(index: number) {
      const random = createPrng(1000 + index);
      // Until the deadline, and at least MIN_ROUNDS times: on a loaded runner a few requests may take
      // the whole time, and the run must still do work of every kind.
      for (let n = 0; n < MIN_ROUNDS || Date.now() < deadline; n++) {
        const pick = random();
        if (index === 0) {
          // The clock client: provisioning finishes and RPL reviews time out while the others work.
          count((await request('POST', '/_mock/clock/advance', { body: { ms: 15 * 60_000 } })).status);
          await new Promise((resolve) => setTimeout(resolve, 50));
        } else if (pick < 0.25) await createCustomer(index, n, random);
        else if (pick < 0.45) await observe(random);
        else if (pick < 0.55) await addSubscriber(index, n, random);
        else if (pick < 0.8) await changeUser(random);
        else await read(random);
      }
    }

    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
    const summary = Object.fromEntries([...statuses].sort(([a], [b]) => a - b));
    console.log(`load: ${[...statuses.values()].reduce((a, b) => a + b, 0)} requests`, summary);

    // Never a 5xx; and the run did real work of every kind.
    expect(
      [...statuses.keys()].filter((status) => status >= 500),
      JSON.stringify(summary),
    ).toEqual([]);
    expect(created.size, 'customers created').toBeGreaterThan(0);
    expect(userWrites.size, 'users changed').toBeGreaterThan(0);
    expect(observed.size, 'customers observed').toBeGreaterThan(0);

    // Every accepted create is there, once; an Idempotency-Key never made two customers.
    for (const [id, externalId] of created) {
      const answer = await request('GET', `/wholesale/customers/${id}`);
      if (deleted.has(id) && answer.status === 404) continue;
      expect(answer.status, `customer ${externalId}`).toBe(200);
      expect(answer.body?.externalId).toBe(externalId);
    }
    for (const [key, urls] of byKey) expect(urls.size, `customers created with ${key}`).toBe(1);
    const state = app.exportState();
    for (const email of subscribers)
      expect(state.data.subscribers.filter((s) => s.email === email).length, email).toBe(1);

    // Role and license changes: the last accepted write of each user is what the user holds now,
    // and no two role changes that took effect were given the same version (a lost update).
    for (const [userId, writes] of userWrites) {
      const user = state.data.users.find((u) => u.id === userId);
      const latest = (field: 'role' | 'license') =>
        writes.filter((w) => field in w).sort((a, b) => b.version - a.version)[0];
      expect(user?.version, `${user?.email} version`).toBe(Math.max(...writes.map((w) => w.version)));
      const role = latest('role');
      if (role)
        expect(user?.roles.find((r) => r !== 'provisioning_admin') ?? null, `${user?.email} role`).toBe(
          role.role,
        );
      const license = latest('license');
      if (license) expect(user?.license, `${user?.email} license`).toBe(license.license);
      const effective = writes.filter((w) => 'role' in w && w.role !== w.previousRole).map((w) => w.version);
      expect(new Set(effective).size, `${user?.email} role versions`).toBe(effective.length);
    }

    expect(storeInvariantViolations(state)).toEqual([]);
    expect(illegalStatusSequences(observed)).toEqual([]);

    // Paging returns every record exactly once, with odd page sizes (wholesale lists carry no
    // totalCount: a short page is the last).
    const pageThrough = async (path: string, size: number) => {
      const seen: string[] = [];
      for (let offset = 0; ; offset += size) {
        const page = await request('GET', `${path}?offset=${offset}&max=${size}`);
        const items = page.body?.items as { id: string }[];
        seen.push(...items.map((item) => item.id));
        if (items.length < size) return { seen, total: page.body?.totalCount as number | undefined };
      }
    };
    const customers = await pageThrough('/wholesale/customers', 7);
    expect(new Set(customers.seen).size, 'customer ids unique across pages').toBe(customers.seen.length);
    const live = state.data.customers.filter((c) => c.status !== 'deleting' || !deleted.has(c.id));
    expect(customers.seen.length, 'every customer listed').toBeGreaterThanOrEqual(live.length - deleted.size);
    for (const [id] of created) if (!deleted.has(id)) expect(customers.seen, `${id} listed`).toContain(id);
    const users = await pageThrough(`/organizations/${BERLIN}/users`, 3);
    expect(new Set(users.seen).size, 'user ids unique across pages').toBe(users.seen.length);
    expect(users.seen.length, 'users: totalCount').toBe(users.total);
  });
});
