import type { Order, Trial } from '@onramp/contract';
import { can } from '@onramp/domain';
import { createCustomerOrg } from '../../effects/customer-orgs.js';
import { actorAtHome } from '../../glue/actors.js';
import { fail, forbidden, type Handler, intParam, iso, isoDate, stringParam } from '../../handling/reply.js';
import type { StoredOrder, StoredTrial } from '../../store/types.js';

const DAY = 86_400_000;

export const setupUrl = (baseUrl: string, orgId: string) => `${baseUrl}/organizations/${orgId}/setup`;

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
