import type { AdminRole, License } from '@onramp/contract';
import { SettlingMap } from './settling-map.js';
import { SortedIndex } from './sorted-index.js';
import type { SeedData, StoredCustomer, StoredGrant, StoredOrg, StoredUser } from './types.js';

export const displayNameOf = (user: Pick<StoredUser, 'firstName' | 'lastName' | 'email'>): string =>
  `${user.firstName} ${user.lastName}`.trim() || user.email;

/**
 * Orgs, users and the admin roles granted in customer orgs to users of other orgs, with the indexes
 * the users page and the org list need: users of an org sorted by display name, e-mail lookup,
 * grants by org and by user, a partner's customer orgs sorted by name, license counts per org.
 */
export class Directory {
  /**
   * Customer orgs to build on first need: org id → the wholesale customer as it started provisioning
   * (`defer`). A create then keeps no org, admin, index entries or e-mail until someone reads them:
   * the largest share of what each create kept alive (issue #4). Every read that could see one
   * builds them all first, in the order they were deferred, and every write too, so the result is
   * the same world, in the same order, as building each at once (`test/deferred-orgs.test.ts`).
   */
  private readonly deferred = new Map<string, StoredCustomer>();
  private buildDeferred: ((customer: StoredCustomer) => void) | undefined;
  /** A read of one org settles only if that org is deferred; any other read of orgs settles. */
  readonly orgs = new SettlingMap<string, StoredOrg>((id) =>
    id === undefined || this.deferred.has(id) ? this.settle() : false,
  );
  /** A new customer org's first admin has an id no one knows yet: only a miss or a scan settles. */
  readonly users = new SettlingMap<string, StoredUser>(() => this.settle());
  private readonly byEmail = new Map<string, string>();
  private readonly usersOfOrg = new SortedIndex((id) => this.userSortKey(id));
  private readonly customersOfPartner = new SortedIndex((id) => this.orgSortKey(id));
  private readonly allOrgs = new SortedIndex((id) => this.orgSortKey(id));
  /** customer org → user id → role held there by a user of another org. */
  private readonly grantsInOrg = new Map<string, Map<string, AdminRole>>();
  private readonly grantsOfUser = new Map<string, Set<string>>();
  /** org → license → users of the org holding it. */
  private readonly licenseCounts = new Map<string, Map<License, number>>();

  /** How deferred customer orgs are built (the wholesale lifecycle's `ensureCustomerOrg`). */
  setDeferredBuilder(build: (customer: StoredCustomer) => void): void {
    this.buildDeferred = build;
  }

  /** Builds `customer`'s org on first need instead of now (see `deferred`). */
  defer(customer: StoredCustomer): void {
    if (!this.buildDeferred) throw new Error('Directory.defer needs setDeferredBuilder first.');
    this.deferred.set(customer.orgId, customer);
  }

  /** Is this org deferred or built? (Without building it.) */
  hasOrg(id: string): boolean {
    return this.deferred.has(id) || Map.prototype.has.call(this.orgs, id);
  }

  /** Builds every deferred org, oldest first; true when there was any. */
  settle(): boolean {
    if (this.deferred.size === 0) return false;
    const pending = [...this.deferred.values()];
    // Emptied first: the builder's own reads and writes must not build anything again.
    this.deferred.clear();
    for (const customer of pending) this.buildDeferred?.(customer);
    return true;
  }

  load(data: Pick<SeedData, 'orgs' | 'users' | 'grants'>): void {
    this.deferred.clear();
    this.orgs.clear();
    this.users.clear();
    this.byEmail.clear();
    this.usersOfOrg.clear();
    this.customersOfPartner.clear();
    this.allOrgs.clear();
    this.grantsInOrg.clear();
    this.grantsOfUser.clear();
    this.licenseCounts.clear();
    for (const org of data.orgs) this.putOrg(org);
    for (const user of data.users) this.putUser(user);
    for (const grant of data.grants) this.putGrant(grant);
  }

  putOrg(org: StoredOrg): void {
    this.settle();
    const previous = this.orgs.get(org.id);
    this.orgs.set(org.id, org);
    if (!previous) {
      this.allOrgs.add('all', org.id);
      if (org.partnerOrgId) this.customersOfPartner.add(org.partnerOrgId, org.id);
    } else if (previous.name !== org.name) {
      this.allOrgs.touch('all');
      if (org.partnerOrgId) this.customersOfPartner.touch(org.partnerOrgId);
    }
  }

  /** The customer orgs a partner manages, sorted by name. */
  customerOrgsOf(partnerOrgId: string): readonly string[] {
    this.settle();
    return this.customersOfPartner.get(partnerOrgId);
  }

  allOrgIds(): readonly string[] {
    this.settle();
    return this.allOrgs.get('all');
  }

  userByEmail(email: string): StoredUser | undefined {
    let id = this.byEmail.get(email.toLowerCase());
    // A deferred org's first admin may hold it (an e-mail found now was taken before it too).
    if (id === undefined && this.settle()) id = this.byEmail.get(email.toLowerCase());
    return id === undefined ? undefined : this.users.get(id);
  }

  putUser(user: StoredUser): void {
    this.settle();
    const previous = this.users.get(user.id);
    if (previous) this.unindexUser(previous);
    this.users.set(user.id, user);
    this.byEmail.set(user.email.toLowerCase(), user.id);
    if (user.license) this.countLicense(user.orgId, user.license, 1);
    if (!previous) this.usersOfOrg.add(user.orgId, user.id);
    else if (previous.orgId !== user.orgId) {
      this.usersOfOrg.remove(previous.orgId, user.id);
      this.usersOfOrg.add(user.orgId, user.id);
    } else if (displayNameOf(previous) !== displayNameOf(user)) this.usersOfOrg.touch(user.orgId);
  }

  deleteUser(id: string): void {
    this.settle();
    const user = this.users.get(id);
    if (!user) return;
    this.unindexUser(user);
    this.usersOfOrg.remove(user.orgId, id);
    this.users.delete(id);
    for (const orgId of [...(this.grantsOfUser.get(id) ?? [])]) this.deleteGrant(orgId, id);
  }

  private unindexUser(user: StoredUser): void {
    this.byEmail.delete(user.email.toLowerCase());
    if (user.license) this.countLicense(user.orgId, user.license, -1);
  }

  private countLicense(orgId: string, license: License, delta: number): void {
    let counts = this.licenseCounts.get(orgId);
    if (!counts) {
      counts = new Map();
      this.licenseCounts.set(orgId, counts);
    }
    counts.set(license, (counts.get(license) ?? 0) + delta);
  }

  licensesAssigned(orgId: string, license: License): number {
    return this.licenseCounts.get(orgId)?.get(license) ?? 0;
  }

  /** The users of an org, sorted by display name. */
  userIdsOf(orgId: string): readonly string[] {
    if (this.deferred.has(orgId)) this.settle();
    return this.usersOfOrg.get(orgId);
  }

  // Grants and license counts need no settling: a deferred org has no grant and its first admin no
  // license (a grant or license is a write, which settles first).
  putGrant(grant: StoredGrant): void {
    this.settle();
    let inOrg = this.grantsInOrg.get(grant.orgId);
    if (!inOrg) {
      inOrg = new Map();
      this.grantsInOrg.set(grant.orgId, inOrg);
    }
    inOrg.set(grant.userId, grant.role);
    let ofUser = this.grantsOfUser.get(grant.userId);
    if (!ofUser) {
      ofUser = new Set();
      this.grantsOfUser.set(grant.userId, ofUser);
    }
    ofUser.add(grant.orgId);
  }

  deleteGrant(orgId: string, userId: string): void {
    this.settle();
    this.grantsInOrg.get(orgId)?.delete(userId);
    this.grantsOfUser.get(userId)?.delete(orgId);
  }

  grantOf(orgId: string, userId: string): AdminRole | undefined {
    return this.grantsInOrg.get(orgId)?.get(userId);
  }

  /** Users of other orgs holding a role in this org. */
  grantedUserIds(orgId: string): string[] {
    return [...(this.grantsInOrg.get(orgId)?.keys() ?? [])];
  }

  /** The customer orgs where this user holds a granted role. */
  orgsGrantedTo(userId: string): string[] {
    return [...(this.grantsOfUser.get(userId) ?? [])];
  }

  grants(): StoredGrant[] {
    const out: StoredGrant[] = [];
    for (const [orgId, inOrg] of this.grantsInOrg)
      for (const [userId, role] of inOrg) out.push({ orgId, userId, role });
    return out;
  }

  private userSortKey(id: string): string {
    const user = this.users.get(id);
    return user ? `${displayNameOf(user).toLowerCase()}\u0000${id}` : id;
  }

  private orgSortKey(id: string): string {
    return `${this.orgs.get(id)?.name.toLowerCase() ?? ''}\u0000${id}`;
  }
}
