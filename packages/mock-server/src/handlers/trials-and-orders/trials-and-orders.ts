import type { Order, Trial } from '@onramp/contract';
import { can, orderMappingRefusal } from '@onramp/domain';
import { createCustomerOrg } from '../../effects/customer-orgs.js';
import { actorAtHome } from '../../glue/actors.js';
import { fail, forbidden, type Handler, intParam, iso, isoDate, stringParam } from '../../handling/reply.js';
import { makeSetup } from '../../store/seed-builders.js';
import type { StoredOrder, StoredTrial } from '../../store/types.js';

const DAY = 86_400_000;

const setupUrl = (baseUrl: string, orgId: string) => `${baseUrl}/organizations/${orgId}/setup`;

function trialView(trial: StoredTrial, now: number, baseUrl: string): Trial {
  const end = trial.startedAt + trial.trialDays * DAY;
  return {
    id: trial.id,
    partnerOrgId: trial.partnerOrgId,
    customerOrgId: trial.customerOrgId,
    customerName: trial.customerName,
    customerAdminEmail: trial.customerAdminEmail,
    status: now < end ? 'active' : 'expired',
    startDate: isoDate(trial.startedAt),
    endDate: isoDate(end),
    trialDays: trial.trialDays,
    services: trial.services,
    licenses: trial.licenses,
    ccai: trial.ccai,
    country: trial.country,
    setupPrompt: {
      code: 'trial_ready',
      message: 'Your trial is ready. Would you like to set up services for the customer?',
      setupUrl: setupUrl(baseUrl, trial.customerOrgId),
    },
  };
}

export const startTrial: Handler<'startTrial'> = ({ store, clock, viewer, body, baseUrl }) => {
  const decision = can(actorAtHome(viewer), 'start_trial');
  if (!decision.allowed) return forbidden(decision);
  if (store.directory.userByEmail(body.customerAdminEmail))
    return fail(
      409,
      'email_in_use',
      `${body.customerAdminEmail} already belongs to a user.`,
      'customerAdminEmail',
    );
  const now = clock.now();
  const id = `trial_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
  // Omitted, a trial of the contact center gets 25 licenses of each kind (the contract); a trial
  // without the contact center has no agents to license.
  const licenses =
    body.licenses ??
    (body.services.includes('contact_center')
      ? [
          { license: 'cc_standard' as const, quantity: 25 },
          { license: 'cc_premium' as const, quantity: 25 },
        ]
      : []);
  const org = createCustomerOrg(
    store,
    viewer,
    {
      name: body.customerName,
      adminEmail: body.customerAdminEmail,
      country: body.country,
      services: body.services,
      subscription: {
        kind: 'trial',
        orderReference: id,
        sourceId: id,
        licenses,
        ccai: body.ccai ?? false,
        ciscoPstnAddOn: false,
        orderCountry: body.country,
        startedAt: now,
        endsAt: now + body.trialDays * DAY,
      },
    },
    now,
  );
  const trial: StoredTrial = {
    id,
    partnerOrgId: viewer.org.id,
    customerOrgId: org.id,
    customerName: body.customerName,
    customerAdminEmail: body.customerAdminEmail,
    services: body.services,
    licenses,
    trialDays: body.trialDays,
    ccai: body.ccai ?? false,
    country: body.country,
    startedAt: now,
  };
  store.trials.set(id, trial);
  return {
    status: 201,
    headers: { location: `${baseUrl}/trials/${id}` },
    body: trialView(trial, now, baseUrl),
  };
};

export const getTrial: Handler<'getTrial'> = ({ store, clock, viewer, path, baseUrl }) => {
  const trial = store.trials.get(path.trialId ?? '');
  if (!trial) return fail(404, 'not_found', `No trial has the id ${path.trialId}.`, 'trialId');
  if (viewer.org.kind !== 'partner')
    return fail(403, 'partner_only', 'Trials are actions of the partner organization (DOMAIN §1.1).');
  if (trial.partnerOrgId !== viewer.org.id)
    return fail(403, 'no_relation', 'Another partner organization started this trial.', 'trialId');
  return { status: 200, body: trialView(trial, clock.now(), baseUrl) };
};

function orderView(order: StoredOrder): Order {
  return {
    id: order.id,
    orderReference: order.orderReference,
    services: order.services,
    licenses: order.licenses,
    ciscoPstnAddOn: order.ciscoPstnAddOn,
    ccai: order.ccai,
    orderCountry: order.orderCountry,
    status: order.status,
    customerOrgId: order.customerOrgId,
    createdAt: iso(order.createdAt),
    mappedAt: order.mappedAt === null ? null : iso(order.mappedAt),
  };
}

export const listOrders: Handler<'listOrders'> = ({ store, viewer, query }) => {
  if (viewer.org.kind !== 'partner' || viewer.user.roles.length === 0)
    return fail(403, 'partner_only', 'Subscription orders belong to partner organizations (DOMAIN §1.1).');
  const status = stringParam(query.status);
  const orders = [...store.orders.values()]
    .filter(
      (order) => order.partnerOrgId === viewer.org.id && (status === undefined || order.status === status),
    )
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
  const offset = intParam(query.offset, 0);
  const max = intParam(query.max, 100);
  return {
    status: 200,
    body: { items: orders.slice(offset, offset + max).map(orderView), totalCount: orders.length },
  };
};

export const mapOrder: Handler<'mapOrder'> = ({ store, clock, viewer, path, body, baseUrl }) => {
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
  const subscription = {
    kind: 'subscription' as const,
    orderReference: order.orderReference,
    sourceId: order.id,
    licenses: order.licenses,
    ccai: order.ccai,
    ciscoPstnAddOn: order.ciscoPstnAddOn,
    orderCountry: body.country,
    startedAt: now,
    endsAt: null,
  };
  let customerOrgId: string;
  let created = false;
  if ('customerOrgId' in body) {
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
    customerOrgId = org.id;
  } else {
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
    customerOrgId = org.id;
    created = true;
  }
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
