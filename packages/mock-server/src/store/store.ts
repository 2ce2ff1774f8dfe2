import type { CustomerStatus, SubPartner } from '@onramp/contract';
import { Directory } from './directory.js';
import { concat, indexAdd, indexDelete, page } from './paging.js';
import { SEED_TIME } from './seed-ids.js';
import { SettlingMap } from './settling-map.js';
import type {
  LinkToken,
  SeedData,
  StoredCustomer,
  StoredEmail,
  StoredOrder,
  StoredSetup,
  StoredSubscriber,
  StoredTrial,
} from './types.js';

export interface CustomerQuery {
  externalId?: string;
  orgId?: string;
  status?: readonly CustomerStatus[];
  offset: number;
  max: number;
}

export interface SubscriberQuery {
  customerId?: string;
  externalCustomerId?: string;
  personId?: string;
  email?: string;
  status?: string;
  offset: number;
  max: number;
}

/**
 * The in-memory store: Maps plus secondary indexes, so a filtered page costs O(offset + page) at
 * 10,000 customers and 100,000 subscribers. Records are replaced, never mutated in place, so a
 * reference handed out earlier keeps its old value.
 */
export class Store {
  /** Bearer token → user id. */
  readonly tokens = new Map<string, string>();
  readonly directory = new Directory();
  readonly trials = new Map<string, StoredTrial>();
  readonly orders = new Map<string, StoredOrder>();
  readonly setups = new Map<string, StoredSetup>();
  /** E-mail link tokens; a deferred org's welcome link exists once it is built (see `Directory.defer`). */
  readonly links = new SettlingMap<string, LinkToken>(() => this.directory.settle());
  private sent: StoredEmail[] = [];
  readonly customers = new Map<string, StoredCustomer>();
  readonly subscribers = new Map<string, StoredSubscriber>();
  subPartners: SubPartner[] = [];
  partnerOrgId = '';
  private readonly customerByExternalId = new Map<string, string>();
  private readonly customerByOrg = new Map<string, string>();
  private readonly customersByStatus = new Map<CustomerStatus, Set<string>>();
  private readonly subscribersByCustomer = new Map<string, Set<string>>();
  private readonly subscriberByEmail = new Map<string, string>();
  /** customerId → package → subscribers holding it: the package quantities in use. */
  private readonly usage = new Map<string, Map<string, number>>();

  /** The mock's outbox, oldest first: deferred orgs' welcome e-mails are sent before it is read or written. */
  get outbox(): StoredEmail[] {
    this.directory.settle();
    return this.sent;
  }

  set outbox(emails: StoredEmail[]) {
    this.directory.settle();
    this.sent = emails;
  }

  /** `now` is read when a seed is loaded: seeded trials and setups are dated relative to it. */
  constructor(
    private seed: (now: number) => SeedData,
    private readonly now: () => number = () => SEED_TIME,
  ) {
    this.reset();
  }

  /** Back to the scenario's seed (or to a new seed): every change since is forgotten. */
  reset(seed: (now: number) => SeedData = this.seed): void {
    this.seed = seed;
    this.load(seed(this.now()));
  }

  /** Replaces everything with `data` (a seed, or a state file written by `export`). */
  load(data: SeedData): void {
    for (const map of [
      this.tokens,
      this.trials,
      this.orders,
      this.setups,
      this.links,
      this.customers,
      this.subscribers,
      this.customerByExternalId,
      this.customerByOrg,
      this.customersByStatus,
      this.subscribersByCustomer,
      this.subscriberByEmail,
      this.usage,
    ]) {
      map.clear();
    }
    this.partnerOrgId = data.partnerOrgId;
    this.subPartners = data.subPartners;
    for (const [token, userId] of Object.entries(data.tokens)) this.tokens.set(token, userId);
    this.directory.load(data);
    for (const trial of data.trials) this.trials.set(trial.id, trial);
    for (const order of data.orders) this.orders.set(order.id, order);
    for (const setup of data.setups) this.setups.set(setup.orgId, setup);
    for (const link of data.links) this.links.set(link.token, link);
    this.sent = [...data.outbox];
    for (const customer of data.customers) this.putCustomer(customer);
    for (const subscriber of data.subscribers) this.putSubscriber(subscriber);
  }

  /** The wholesale customer of a customer org, if it was provisioned through wholesale. */
  customerByOrgId(orgId: string): StoredCustomer | undefined {
    const id = this.customerByOrg.get(orgId);
    return id === undefined ? undefined : this.customers.get(id);
  }

  customerByExternal(externalId: string): StoredCustomer | undefined {
    const id = this.customerByExternalId.get(externalId);
    return id === undefined ? undefined : this.customers.get(id);
  }

  putCustomer(customer: StoredCustomer): void {
    const previous = this.customers.get(customer.id);
    if (previous) {
      this.customerByExternalId.delete(previous.externalId);
      this.customerByOrg.delete(previous.orgId);
      indexDelete(this.customersByStatus, previous.status, previous.id);
    }
    this.customers.set(customer.id, customer);
    this.customerByExternalId.set(customer.externalId, customer.id);
    this.customerByOrg.set(customer.orgId, customer.id);
    indexAdd(this.customersByStatus, customer.status, customer.id);
  }

  deleteCustomer(id: string): void {
    const customer = this.customers.get(id);
    if (!customer) return;
    for (const subscriberId of [...(this.subscribersByCustomer.get(id) ?? [])])
      this.deleteSubscriber(subscriberId);
    this.customers.delete(id);
    this.customerByExternalId.delete(customer.externalId);
    this.customerByOrg.delete(customer.orgId);
    indexDelete(this.customersByStatus, customer.status, id);
    this.usage.delete(id);
  }

  listCustomers(query: CustomerQuery): StoredCustomer[] {
    if (query.externalId !== undefined) {
      const one = this.customerByExternal(query.externalId);
      return page(one ? [one] : [], query.offset, query.max, (c) => matchesCustomer(c, query));
    }
    // With a status filter only those statuses' index sets are walked, grouped in the order asked.
    const source: Iterable<StoredCustomer> = query.status?.length
      ? concat<StoredCustomer>(
          [...new Set(query.status)].map((status) => this.idsToCustomers(this.customersByStatus.get(status))),
        )
      : this.customers.values();
    return page(source, query.offset, query.max, (c) => matchesCustomer(c, query));
  }

  private *idsToCustomers(ids: Iterable<string> | undefined): Generator<StoredCustomer> {
    for (const id of ids ?? []) {
      const customer = this.customers.get(id);
      if (customer) yield customer;
    }
  }

  subscriberByEmailAddress(email: string): StoredSubscriber | undefined {
    const id = this.subscriberByEmail.get(email.toLowerCase());
    return id === undefined ? undefined : this.subscribers.get(id);
  }

  putSubscriber(subscriber: StoredSubscriber): void {
    const previous = this.subscribers.get(subscriber.id);
    if (previous) this.unindexSubscriber(previous);
    this.subscribers.set(subscriber.id, subscriber);
    indexAdd(this.subscribersByCustomer, subscriber.customerId, subscriber.id);
    this.subscriberByEmail.set(subscriber.email.toLowerCase(), subscriber.id);
    this.addUsage(subscriber.customerId, subscriber.package, 1);
  }

  deleteSubscriber(id: string): void {
    const subscriber = this.subscribers.get(id);
    if (!subscriber) return;
    this.unindexSubscriber(subscriber);
    this.subscribers.delete(id);
  }

  private unindexSubscriber(subscriber: StoredSubscriber): void {
    indexDelete(this.subscribersByCustomer, subscriber.customerId, subscriber.id);
    this.subscriberByEmail.delete(subscriber.email.toLowerCase());
    this.addUsage(subscriber.customerId, subscriber.package, -1);
  }

  private addUsage(customerId: string, pkg: string, delta: number): void {
    let counts = this.usage.get(customerId);
    if (!counts) {
      counts = new Map();
      this.usage.set(customerId, counts);
    }
    counts.set(pkg, (counts.get(pkg) ?? 0) + delta);
  }

  /** How many of the customer's subscribers hold `pkg`. */
  packageUsage(customerId: string, pkg: string): number {
    return this.usage.get(customerId)?.get(pkg) ?? 0;
  }

  listSubscribers(query: SubscriberQuery): StoredSubscriber[] {
    const keep = (s: StoredSubscriber) => matchesSubscriber(s, query);
    if (query.email !== undefined) {
      const one = this.subscriberByEmailAddress(query.email);
      return page(one ? [one] : [], query.offset, query.max, keep);
    }
    if (query.customerId !== undefined) {
      const ids = this.subscribersByCustomer.get(query.customerId) ?? [];
      return page(this.idsToSubscribers(ids), query.offset, query.max, keep);
    }
    return page(this.subscribers.values(), query.offset, query.max, keep);
  }

  private *idsToSubscribers(ids: Iterable<string>): Generator<StoredSubscriber> {
    for (const id of ids) {
      const subscriber = this.subscribers.get(id);
      if (subscriber) yield subscriber;
    }
  }

  /** Everything, as plain data: written to `--state FILE`, read back with `load`. */
  export(): SeedData {
    this.directory.settle();
    return {
      partnerOrgId: this.partnerOrgId,
      tokens: Object.fromEntries(this.tokens),
      customers: [...this.customers.values()],
      subscribers: [...this.subscribers.values()],
      subPartners: this.subPartners,
      orgs: [...this.directory.orgs.values()],
      users: [...this.directory.users.values()],
      grants: this.directory.grants(),
      trials: [...this.trials.values()],
      orders: [...this.orders.values()],
      setups: [...this.setups.values()],
      outbox: this.outbox,
      links: [...this.links.values()],
    };
  }

  /** A deterministic text of everything the API can change: tests compare it before and after. */
  snapshot(): string {
    return JSON.stringify(this.export());
  }
}

function matchesCustomer(customer: StoredCustomer, query: CustomerQuery): boolean {
  if (query.orgId !== undefined && customer.orgId !== query.orgId) return false;
  if (query.status?.length && !query.status.includes(customer.status)) return false;
  return query.externalId === undefined || customer.externalId === query.externalId;
}

function matchesSubscriber(subscriber: StoredSubscriber, query: SubscriberQuery): boolean {
  if (query.customerId !== undefined && subscriber.customerId !== query.customerId) return false;
  if (query.externalCustomerId !== undefined && subscriber.externalCustomerId !== query.externalCustomerId)
    return false;
  if (query.personId !== undefined && subscriber.personId !== query.personId) return false;
  if (query.status !== undefined && subscriber.status !== query.status) return false;
  return query.email === undefined || subscriber.email.toLowerCase() === query.email.toLowerCase();
}
