import { WORLD } from '@onramp/mock-server';
import { describe, expect, it } from 'vitest';
import {
  createClientContext,
  createOnrampClient,
  type FetchLike,
  type OnrampClient,
  type OnrampClientOptions,
  Permissions,
  Roles,
  Users,
} from '../src/index.js';
import { useTestServer } from './helpers.js';

// A client of only the resources a caller uses (what the widgets' quick start makes): one context,
// the resource classes made on it, the same answers as the full client's.
const ORG = WORLD.provisionedCustomer;

const server = useTestServer();

function counted(): { fetch: FetchLike; urls: string[] } {
  const urls: string[] = [];
  const fetch: FetchLike = (request) => {
    urls.push(request.url);
    return globalThis.fetch(request);
  };
  return { fetch, urls };
}

describe('createClientContext: only the resources a caller makes', () => {
  it('answers as the full client does, every resource through the one context', async () => {
    const { fetch, urls } = counted();
    const options: OnrampClientOptions = { baseUrl: server.url, token: 'partner-full-admin', fetch };
    const ctx = createClientContext(options);
    const some: Pick<OnrampClient, 'users' | 'roles' | 'permissions'> = {
      users: new Users(ctx),
      roles: new Roles(ctx),
      permissions: new Permissions(ctx),
    };
    const full = createOnrampClient({ baseUrl: server.url, token: 'partner-full-admin' });

    const users = await some.users.list(ORG);
    expect(users.items.map((user) => user.id)).toEqual(
      (await full.users.list(ORG)).items.map((user) => user.id),
    );
    const first = users.items[0];
    if (!first) throw new Error('the seeded org has users');
    expect(await some.roles.options(ORG, first.id)).toEqual(await full.roles.options(ORG, first.id));
    expect(await some.permissions.effective(ORG)).toEqual(await full.permissions.effective(ORG));
    // The three resources' calls, and only theirs, went through the context's transport.
    expect(urls).toHaveLength(3);
    expect(urls[1]).toContain(`/users/${first.id}`);
  });

  it("keeps the client's option checks: bad options throw before any resource is made", () => {
    expect(() => createClientContext({ token: 't' } as unknown as OnrampClientOptions)).toThrow(
      new TypeError('`baseUrl` is required'),
    );
    expect(() => createClientContext({ baseUrl: server.url } as OnrampClientOptions)).toThrow(
      /`token` is required/,
    );
  });

  it('a full client is also the Pick a caller asks for', async () => {
    const needsUsers = (client: Pick<OnrampClient, 'users'>) => client.users.get(ORG, 'nope');
    const full = createOnrampClient({ baseUrl: server.url, token: 'partner-full-admin', retry: false });
    await expect(needsUsers(full)).rejects.toMatchObject({ status: 404 });
  });
});
