import { describe, expect, it } from 'vitest';
import { createMockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { SEEDED_ACTORS, SEEDED_ORGS } from '../src/store/seed-actors.js';
import { SEEDED_TOKENS, WORLD } from '../src/store/seed-world.js';
import { send } from './world.js';

// The curated seed exports (`SEEDED_ACTORS`, `SEEDED_ORGS`) say what the running default scenario
// answers: an app that labels its actor switch with them names whom the token really signs in.
describe('the seeded actors and orgs an app may offer', () => {
  const app = createMockApp({ clock: createManualClock() });

  it('name every seeded token with the user, e-mail and org the mock signs it in as', async () => {
    const tokens = await send(app, 'GET', '/_mock/tokens');
    const listed = (tokens.body as { items: Array<Record<string, unknown>> }).items;
    expect(Object.keys(SEEDED_ACTORS).sort()).toEqual(Object.keys(SEEDED_TOKENS).sort());
    for (const actor of Object.values(SEEDED_ACTORS)) {
      expect(listed.find((item) => item.token === actor.token)).toMatchObject({
        userId: actor.userId,
        email: actor.email,
        orgId: actor.org.id,
        orgName: actor.org.name,
      });
    }
  });

  it('give the display name and org kind that GET /me answers', async () => {
    for (const actor of Object.values(SEEDED_ACTORS)) {
      const me = await send(app, 'GET', '/me', undefined, actor.token);
      expect(me.status, actor.token).toBe(200);
      expect(me.body, actor.token).toMatchObject({
        displayName: actor.name,
        orgId: actor.org.id,
        orgName: actor.org.name,
        orgKind: actor.org.kind,
      });
    }
    expect(SEEDED_ACTORS['customer-full-admin'].name).toBe('Carla Customer');
  });

  it('name every org of WORLD as the organization endpoint does', async () => {
    expect(Object.keys(SEEDED_ORGS)).toEqual(Object.keys(WORLD));
    const read: string[] = [];
    for (const [key, org] of Object.entries(SEEDED_ORGS)) {
      expect(org.id, key).toBe(WORLD[key as keyof typeof WORLD]);
      const answer = await send(app, 'GET', `/organizations/${encodeURIComponent(org.id)}`);
      if (answer.status === 403) continue; // not the partner's to read (another partner, external orgs)
      expect(answer.status, key).toBe(200);
      expect(answer.body, key).toMatchObject({ id: org.id, name: org.name });
      read.push(org.name);
    }
    expect(read).toEqual(expect.arrayContaining(['Acme Telecom', 'Berlin Bakery GmbH', "John's Pizza"]));
  });
});
