import { can, orderMappingRefusal } from '@onramp/domain';
import { createCustomerOrg } from '../../effects/customer-orgs.js';
import { actorAtHome } from '../../glue/actors.js';
import {
  type Failure,
  fail,
  forbidden,
  type Handler,
  type HandlerContext,
  iso,
} from '../../handling/reply.js';
import { makeSetup } from '../../store/seed-builders.js';
import type { StoredOrder, StoredSubscription } from '../../store/types.js';
import { setupUrl } from './trials-and-orders.js';

type MapOrderBody = HandlerContext<'mapOrder'>['body'];
type ToExisting = Extract<MapOrderBody, { customerOrgId: string }>;
type ToNew = Exclude<MapOrderBody, ToExisting>;
/** Why an order is not mapped to the org it names (the statuses the contract lists for it). */
type MappingFailure = Failure<403 | 404 | 409 | 422>;

/**
 * Maps an order of the ordering tool to a customer org: one the partner manages (its subscription
 * replaced, its setup's context refreshed if not submitted yet) or a new one. Then the order is
 * `mapped`, with the chosen country (DOMAIN §1.1, §1.2).
 */
export const mapOrder: Handler<'mapOrder'> = (context) => {
  const { store, clock, viewer, path, body, baseUrl } = context;
  const decision = can(actorAtHome(viewer), 'map_order');
  if (!decision.allowed) return forbidden(decision);
  const order = store.orders.get(path.orderId ?? '');
  if (!order || order.partnerOrgId !== viewer.org.id)
    return fail(404, 'not_found', `Your organization has no order with the id ${path.orderId}.`, 'orderId');
  if (order.status === 'mapped')
    return fail(
      409,
      'order_already_mapped',
      `The order ${order.orderReference} is mapped already.`,
      'orderId',
    );
  const now = clock.now();
  const subscription: StoredSubscription = {
    kind: 'subscription',
    orderReference: order.orderReference,
    sourceId: order.id,
    licenses: order.licenses,
    ccai: order.ccai,
    ciscoPstnAddOn: order.ciscoPstnAddOn,
    orderCountry: body.country,
    startedAt: now,
    endsAt: null,
  };
  const created = !('customerOrgId' in body);
  const customerOrgId =
    'customerOrgId' in body
      ? mapToExistingOrg(context, body, order, subscription, now)
      : mapToNewCustomer(context, body, order, subscription, now);
  if (typeof customerOrgId !== 'string') return customerOrgId;
  // The country chosen in the mapping flow becomes the order's: the wizard's default (DOMAIN §1.2).
  store.orders.set(order.id, {
    ...order,
    orderCountry: body.country,
    status: 'mapped',
    customerOrgId,
    mappedAt: now,
  });
  return {
    status: 200,
    body: {
      orderId: order.id,
      orderReference: order.orderReference,
      customerOrgId,
      customerCreated: created,
      country: body.country,
      status: 'mapped',
      mappedAt: iso(now),
      setupPrompt: {
        code: 'order_mapped',
        message: 'Thank you. Your order has been mapped correctly.',
        setupUrl: setupUrl(baseUrl, customerOrgId),
      },
    },
  };
};

/** The order's subscription on a customer org the partner manages; its id, or why not. */
function mapToExistingOrg(
  { store, viewer }: HandlerContext<'mapOrder'>,
  body: ToExisting,
  order: StoredOrder,
  subscription: StoredSubscription,
  now: number,
): string | MappingFailure {
  const org = store.directory.orgs.get(body.customerOrgId);
  if (!org)
    return fail(404, 'not_found', `No organization has the id ${body.customerOrgId}.`, 'customerOrgId');
  if (org.kind !== 'customer' || org.partnerOrgId !== viewer.org.id)
    return fail(
      403,
      'no_relation',
      'Your organization does not manage this customer (DOMAIN §1.1).',
      'customerOrgId',
    );
  const setup = store.setups.get(org.id);
  const answers = setup?.state.answers;
  const refusal = orderMappingRefusal(order, body.country, {
    kind: 'existing',
    name: org.name,
    setupStatus: setup?.state.status ?? null,
    confirmedCountry: answers?.countryConfirmed ? answers.country : null,
    replaceSubscription: body.replaceSubscription ?? false,
  });
  if (refusal) return fail(refusal.status, refusal.code, refusal.message, refusal.field);
  const updated = { ...org, subscription, services: [...new Set([...org.services, ...order.services])] };
  store.directory.putOrg(updated);
  if (!setup || setup.state.status === 'not_started' || setup.state.status === 'in_progress') {
    const fresh = makeSetup(updated, {}, now);
    store.setups.set(
      org.id,
      setup ? { ...setup, context: fresh.context, version: setup.version + 1, updatedAt: now } : fresh,
    );
  }
  return org.id;
}

/** A new customer org (and its first admin) for the order; its id, or why not. */
function mapToNewCustomer(
  { store, viewer }: HandlerContext<'mapOrder'>,
  body: ToNew,
  order: StoredOrder,
  subscription: StoredSubscription,
  now: number,
): string | MappingFailure {
  const refusal = orderMappingRefusal(order, body.country, { kind: 'new' });
  if (refusal) return fail(refusal.status, refusal.code, refusal.message, refusal.field);
  if (store.directory.userByEmail(body.newCustomer.adminEmail))
    return fail(
      409,
      'email_in_use',
      `${body.newCustomer.adminEmail} already belongs to a user.`,
      'newCustomer.adminEmail',
    );
  const org = createCustomerOrg(
    store,
    viewer,
    {
      name: body.newCustomer.name,
      adminEmail: body.newCustomer.adminEmail,
      country: body.country,
      services: order.services,
      subscription,
    },
    now,
  );
  return org.id;
}
