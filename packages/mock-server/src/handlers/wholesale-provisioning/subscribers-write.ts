import { fail, type Handler, isFailure } from '../../handling/reply.js';
import { encodeId, randomUuid } from '../../store/ids.js';
import type { StoredSubscriber } from '../../store/types.js';
import { findCustomer } from './customer-rules.js';
import { checkAdminPackage, checkSeat, findSubscriber, singlePackage } from './subscriber-rules.js';
import { subscriberView } from './view.js';

export const provisionWholesaleSubscriber: Handler<'provisionWholesaleSubscriber'> = ({
  store,
  clock,
  body,
  baseUrl,
}) => {
  const pkg = singlePackage(body);
  if (isFailure(pkg)) return pkg;
  const customer = findCustomer(store, body.customerId);
  if (isFailure(customer)) return customer;
  if (store.subscriberByEmailAddress(body.email)) {
    return fail(
      409,
      'subscriber_exists',
      `A subscriber with the email ${body.email} already exists.`,
      'email',
    );
  }
  const seatError = checkSeat(store, customer, pkg);
  if (seatError) return seatError;
  const uuid = randomUuid();
  const now = clock.now();
  const subscriber: StoredSubscriber = {
    id: encodeId('SUBSCRIBER', uuid),
    personId: encodeId('PEOPLE', uuid),
    email: body.email,
    customerId: customer.id,
    externalCustomerId: customer.externalId,
    package: pkg,
    status: 'provisioned',
    ...(body.provisioningParameters.firstName ? { firstName: body.provisioningParameters.firstName } : {}),
    ...(body.provisioningParameters.lastName ? { lastName: body.provisioningParameters.lastName } : {}),
    created: now,
    lastStatusChange: now,
  };
  store.putSubscriber(subscriber);
  return {
    status: 200,
    headers: { location: `${baseUrl}/wholesale/subscribers/${subscriber.id}` },
    body: subscriberView(subscriber),
  };
};

export const updateWholesaleSubscriber: Handler<'updateWholesaleSubscriber'> = ({
  store,
  clock,
  path,
  body,
  baseUrl,
}) => {
  const subscriber = findSubscriber(store, path.subscriberId ?? '');
  if (isFailure(subscriber)) return subscriber;
  const pkg = singlePackage(body);
  if (isFailure(pkg)) return pkg;
  const customer = findCustomer(store, subscriber.customerId);
  if (isFailure(customer)) return customer;
  if (pkg !== subscriber.package) {
    const adminError = checkAdminPackage(store, customer, subscriber, pkg);
    if (adminError) return adminError;
    const seatError = checkSeat(store, customer, pkg);
    if (seatError) return seatError;
  }
  const next: StoredSubscriber = {
    ...subscriber,
    package: pkg,
    lastStatusChange: pkg === subscriber.package ? subscriber.lastStatusChange : clock.now(),
  };
  store.putSubscriber(next);
  return {
    status: 200,
    headers: { location: `${baseUrl}/wholesale/subscribers/${next.id}` },
    body: subscriberView(next),
  };
};

export const removeWholesaleSubscriber: Handler<'removeWholesaleSubscriber'> = ({ store, path }) => {
  const subscriber = findSubscriber(store, path.subscriberId ?? '');
  if (isFailure(subscriber)) return subscriber;
  store.deleteSubscriber(subscriber.id);
  return { status: 204, body: undefined };
};

export const precheckWholesaleSubscriber: Handler<'precheckWholesaleSubscriber'> = ({ store, body }) => {
  if (store.subscriberByEmailAddress(body.email)) {
    return fail(
      409,
      'subscriber_exists',
      `A subscriber with the email ${body.email} already exists.`,
      'email',
    );
  }
  if (body.customerId !== undefined && (body.package !== undefined || body.packages !== undefined)) {
    const pkg = singlePackage(body);
    if (isFailure(pkg)) return pkg;
    const customer = findCustomer(store, body.customerId);
    if (isFailure(customer)) return customer;
    const seatError = checkSeat(store, customer, pkg);
    if (seatError) return seatError;
  }
  return {
    status: 200,
    body: {
      message: 'success',
      info: [{ infoCode: 100, description: 'Provisioning preCheck validation successful.' }],
    },
  };
};
