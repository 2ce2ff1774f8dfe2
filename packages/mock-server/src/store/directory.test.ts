import { describe, expect, it } from 'vitest';
import { Directory } from './directory.js';
import { makeOrg, makeUser } from './seed-builders.js';

const NOW = Date.UTC(2025, 0, 1);
const org = makeOrg({ id: 'o1', name: 'Org', kind: 'customer', partnerOrgId: 'p1' }, NOW);
const user = (id: string, first: string, extra = {}) =>
  makeUser({ id, email: `${id}@x.example.com`, first, last: 'L', orgId: 'o1', ...extra }, NOW);

describe('Directory', () => {
  it('keeps the users of an org sorted by display name across renames and moves', () => {
    const directory = new Directory();
    directory.load({ orgs: [org], users: [user('u1', 'Zed'), user('u2', 'Amy')], grants: [] });
    expect(directory.userIdsOf('o1')).toEqual(['u2', 'u1']);
    directory.putUser({ ...user('u2', 'Zoe') });
    expect(directory.userIdsOf('o1')).toEqual(['u1', 'u2']);
    directory.putUser({ ...user('u1', 'Zed'), orgId: 'o2' });
    expect(directory.userIdsOf('o1')).toEqual(['u2']);
    expect(directory.userIdsOf('o2')).toEqual(['u1']);
    expect(directory.customerOrgsOf('p1')).toEqual(['o1']);
  });

  it('counts licenses per org and finds users by e-mail case-insensitively', () => {
    const directory = new Directory();
    directory.load({ orgs: [org], users: [user('u1', 'A', { license: 'cc_standard' })], grants: [] });
    expect(directory.licensesAssigned('o1', 'cc_standard')).toBe(1);
    directory.putUser(user('u1', 'A', { license: 'cc_premium' }));
    expect(directory.licensesAssigned('o1', 'cc_standard')).toBe(0);
    expect(directory.licensesAssigned('o1', 'cc_premium')).toBe(1);
    expect(directory.userByEmail('U1@X.EXAMPLE.COM')?.id).toBe('u1');
    directory.deleteUser('u1');
    expect(directory.licensesAssigned('o1', 'cc_premium')).toBe(0);
    expect(directory.userByEmail('u1@x.example.com')).toBeUndefined();
  });

  it('indexes grants by org and by user, and drops them with the user', () => {
    const directory = new Directory();
    directory.load({
      orgs: [org],
      users: [user('x1', 'Ext', { orgId: 'ext' })],
      grants: [{ orgId: 'o1', userId: 'x1', role: 'service_admin' }],
    });
    expect(directory.grantOf('o1', 'x1')).toBe('service_admin');
    expect(directory.grantedUserIds('o1')).toEqual(['x1']);
    expect(directory.orgsGrantedTo('x1')).toEqual(['o1']);
    directory.deleteUser('x1');
    expect(directory.grants()).toEqual([]);
  });
});
