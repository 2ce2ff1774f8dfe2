// The portal behaves like a web app (issue 21): every screen and selected customer has an address,
// Back and Forward walk them, a reload opens the same place, and the in-browser mock's world is kept
// across reloads until "Reset demo data".
import { createMockApp, createMockFetch, WORLD } from '@onramp/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import { indexedDbSnapshots, keepMockState, readSnapshot } from '../src/mock-snapshot.js';
import { memoryHistory, routeFromUrl, urlOf } from '../src/route.js';
import { expectNoAxeViolations } from './axe.js';
import { BASE_URL, boot, buttonIn, connectedAs, navTo, text, unmount, until } from './harness.js';

afterEach(unmount);

const heading = (root: HTMLElement) => text(root.querySelector('#content h1'));
const where = (history: ReturnType<typeof memoryHistory>) => routeFromUrl(history.current());

describe('the portal’s addresses', () => {
  it('reads and writes screen and customer in the query, keeping the rest of the address', () => {
    const current = new URL('http://localhost:5173/portal/?debug=1#top');
    const url = urlOf({ view: 'admins', orgId: 'org/1' }, current);
    expect(url).toBe('/portal/?debug=1&screen=admins&customer=org%2F1#top');
    expect(routeFromUrl(new URL(url, current))).toEqual({ view: 'admins', orgId: 'org/1' });
    expect(urlOf({ view: 'customers', orgId: undefined }, new URL(url, current))).toBe(
      '/portal/?debug=1#top',
    );
    expect(routeFromUrl(new URL('http://x/?screen=nonsense'))).toEqual({
      view: 'customers',
      orgId: undefined,
    });
  });

  it('gives every screen and selection an entry: Back and Forward walk them', async () => {
    const { root, portal, history } = boot();
    await connectedAs(root, 'Acme Telecom');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the customer list');
    expect(where(history)).toEqual({ view: 'customers', orgId: undefined });

    buttonIn(root.querySelector('#customers'), "John's Pizza").click();
    expect(where(history)).toEqual({ view: 'customers', orgId: WORLD.trialCustomer });
    navTo(root, 'Admins and licenses');
    expect(where(history)).toEqual({ view: 'admins', orgId: WORLD.trialCustomer });
    // The nav's entries are links to their screens, for the selected customer (a new tab works).
    const subscription = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find(
      (link) => text(link) === 'Subscription',
    )!;
    expect(routeFromUrl(new URL(subscription.href))).toEqual({
      view: 'subscription',
      orgId: WORLD.trialCustomer,
    });
    navTo(root, 'Subscription');
    expect(history.length).toBe(4);

    history.back();
    expect(portal.view).toBe('admins');
    expect(heading(root)).toBe('Admins and licenses');
    expect(document.activeElement).toBe(root.querySelector('#content h1'));
    history.back();
    expect(portal.view).toBe('customers');
    expect(portal.selectedOrgId).toBe(WORLD.trialCustomer);
    history.back();
    expect(portal.selectedOrgId).toBeUndefined();
    history.forward();
    history.forward();
    expect(portal.view).toBe('admins');
    expect(portal.selectedOrgId).toBe(WORLD.trialCustomer);
    await portal.settled();
  });

  it('opens the screen and customer an address names (a reload, a bookmark)', async () => {
    const history = memoryHistory(
      `http://localhost:5173/?screen=subscription&customer=${encodeURIComponent(WORLD.trialCustomer)}`,
    );
    const { root, portal } = boot({ history });
    await connectedAs(root, 'Acme Telecom');
    expect(portal.view).toBe('subscription');
    expect(portal.selectedOrgId).toBe(WORLD.trialCustomer);
    await until(
      () => text(root.querySelector('#selected-customer')).includes("John's Pizza"),
      'the customer named in the address',
    );
    expect(root.querySelector('onramp-subscription-panel')?.orgId).toBe(WORLD.trialCustomer);
    await portal.settled();
  });
});

describe('the in-browser mock’s world', () => {
  it('is kept in IndexedDB and comes back as it was, at the time it was left', async () => {
    const snapshots = indexedDbSnapshots(`onramp-portal-test-${crypto.randomUUID()}`);
    const first = createMockApp({ speed: 0 });
    const kept = keepMockState(first, snapshots, 10);
    const mock = createMockFetch({ baseUrl: BASE_URL, app: first });
    const created = await mock(`${BASE_URL}/trials`, {
      method: 'POST',
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      body: JSON.stringify({
        customerName: 'Kept Across Reloads',
        customerAdminEmail: 'owner@kept.example.com',
        country: 'US',
        trialDays: 30,
        services: ['contact_center'],
        ccai: false,
        licenses: [],
      }),
    });
    expect(created.status).toBe(201);
    await kept.flush();

    const saved = await readSnapshot(snapshots);
    expect(saved?.now).toBe(first.clock.now());
    const second = createMockApp({ speed: 0 });
    second.importState(saved!);
    const { root } = boot({ app: second });
    await connectedAs(root, 'Acme Telecom');
    await until(
      () => text(root.querySelector('#customers')).includes('Kept Across Reloads'),
      'the customer created before the reload',
    );
    await snapshots.clear();
    expect(await readSnapshot(snapshots)).toBeUndefined();
  });

  it('goes back to the seed with "Reset demo data", after a confirmation', async () => {
    const { root, portal, app, history } = boot();
    await connectedAs(root, 'Acme Telecom');
    const mock = createMockFetch({ baseUrl: BASE_URL, app });
    await mock(`${BASE_URL}/trials`, {
      method: 'POST',
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      body: JSON.stringify({
        customerName: 'Made In The Demo',
        customerAdminEmail: 'owner@demo.example.com',
        country: 'US',
        trialDays: 30,
        services: ['contact_center'],
        ccai: false,
        licenses: [],
      }),
    });
    navTo(root, 'About');
    await portal.settled();
    root.querySelector<HTMLButtonElement>('#reset-demo-ask')!.click();
    expect(document.activeElement?.id).toBe('reset-demo-confirm');
    expect(text(root.querySelector('#reset-demo-status'))).toMatch(/is lost/);
    await expectNoAxeViolations(root.querySelector('nav')!, 'the reset confirmation');
    // Keeping the data changes nothing.
    root.querySelector<HTMLButtonElement>('#reset-demo-cancel')!.click();
    expect(document.activeElement?.id).toBe('reset-demo-ask');
    root.querySelector<HTMLButtonElement>('#reset-demo-ask')!.click();
    root.querySelector<HTMLButtonElement>('#reset-demo-confirm')!.click();
    await until(() => portal.view === 'customers', 'the customer list after the reset');
    await until(() => root.querySelectorAll('#customers tbody tr').length > 0, 'the seeded customers');
    expect(text(root.querySelector('#customers'))).not.toContain('Made In The Demo');
    expect(text(root.querySelector('#customers'))).toContain("John's Pizza");
    expect(where(history).view).toBe('customers');
  });
});
