import { createClientContext, type OnrampClientOptions, type RawClient } from './client.js';
import { Customers } from './resources/customers.js';
import {
  Catalog,
  Orders,
  Organizations,
  Permissions,
  Subscriptions,
  Trials,
} from './resources/organizations.js';
import { SetupWizard } from './resources/setup.js';
import { SubPartners, Subscribers } from './resources/subscribers.js';
import { Roles, Users } from './resources/users.js';

/** The typed client: `raw` for every operation, and one resource per common job. */
export interface OnrampClient {
  /** Every operation of the contract, typed; answers `{ data } | { error }` and never throws for HTTP. */
  readonly raw: RawClient;
  readonly customers: Customers;
  readonly subscribers: Subscribers;
  readonly subPartners: SubPartners;
  readonly organizations: Organizations;
  readonly permissions: Permissions;
  readonly trials: Trials;
  readonly orders: Orders;
  readonly setup: SetupWizard;
  readonly users: Users;
  readonly roles: Roles;
  readonly subscriptions: Subscriptions;
  readonly catalog: Catalog;
}

/**
 * Creates the client. The same code talks to the mock server or the real service by `baseUrl`.
 * It makes every resource; to bundle only some, make them on `createClientContext(options)`.
 *
 * @example
 * const onramp = createOnrampClient({ baseUrl: 'http://localhost:4010/v1', token: 'partner-full-admin' });
 * const customer = await onramp.customers.createAndWait({ ... });
 */
export function createOnrampClient(options: OnrampClientOptions): OnrampClient {
  const ctx = createClientContext(options);
  return {
    raw: ctx.raw,
    customers: new Customers(ctx),
    subscribers: new Subscribers(ctx),
    subPartners: new SubPartners(ctx),
    organizations: new Organizations(ctx),
    permissions: new Permissions(ctx),
    trials: new Trials(ctx),
    orders: new Orders(ctx),
    setup: new SetupWizard(ctx),
    users: new Users(ctx),
    roles: new Roles(ctx),
    subscriptions: new Subscriptions(ctx),
    catalog: new Catalog(ctx),
  };
}
