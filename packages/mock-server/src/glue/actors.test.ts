import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../store/scenarios.js';
import { WORLD } from '../store/seed-world.js';
import { Store } from '../store/store.js';
import { actorAtHome, actorIn, relationOf, targetIn, viewerFor } from './actors.js';

const store = new Store(SCENARIOS.default);
const org = (id: string) =>
  store.directory.orgs.get(id) as NonNullable<ReturnType<typeof store.directory.orgs.get>>;
const userByEmail = (email: string) =>
  store.directory.userByEmail(email) as NonNullable<ReturnType<typeof store.directory.userByEmail>>;
const berlin = org(WORLD.provisionedCustomer);

describe('store records as the domain sees them', () => {
  it('computes the relation of an org to a customer org', () => {
    expect(relationOf(WORLD.provisionedCustomer, berlin)).toBe('customer');
    expect(relationOf(WORLD.partner, berlin)).toBe('partner');
    expect(relationOf(WORLD.externalOrg, berlin)).toBe('external');
  });

  it('makes actors: partner roles apply to the partner’s customers, external roles come from grants', () => {
    const partner = viewerFor(store, 'partner-provisioning-admin');
    const external = viewerFor(store, 'external-service-admin');
    if (!partner || !external) throw new Error('seed changed');
    expect(actorIn(store, partner, berlin)).toMatchObject({
      relation: 'partner',
      role: 'provisioning_admin',
    });
    expect(actorIn(store, external, berlin)).toMatchObject({ relation: 'external', role: 'service_admin' });
    expect(actorIn(store, external, org(WORLD.trialCustomer))).toMatchObject({
      relation: 'external',
      role: null,
    });
    expect(actorAtHome(partner)).toMatchObject({ relation: 'partner' });
    expect(viewerFor(store, 'nobody')).toBeUndefined();
  });

  it('makes target users with the §2.2 facts: own contact center, provisioning partner, last full admin', () => {
    expect(targetIn(store, userByEmail('gina.globex@globex.example.com'), berlin)).toMatchObject({
      relation: 'external',
      orgHasContactCenter: true,
    });
    expect(targetIn(store, userByEmail('bo.bright@bright-partners.example.com'), berlin)).toMatchObject({
      relation: 'external',
      orgIsPartnerWithProvisioningAccess: true,
    });
    // Berlin Bakery has two full admins (Carla and Frank); John is alone at John's Pizza.
    expect(
      targetIn(store, userByEmail('carla.customer@berlin-bakery.example.com'), berlin).isLastFullAdmin,
    ).toBe(false);
    const pizza = org(WORLD.trialCustomer);
    expect(targetIn(store, userByEmail('john.anderson@johns-pizza.example.com'), pizza).isLastFullAdmin).toBe(
      true,
    );
  });
});
