import { type Handler, intParam, isFailure, stringParam } from '../../handling/reply.js';
import { MAX_PAGE } from './customers-read.js';
import { findSubscriber } from './subscriber-rules.js';
import { subscriberView } from './view.js';

export const listWholesaleSubscribers: Handler<'listWholesaleSubscribers'> = ({ store, query }) => {
  const subscribers = store.listSubscribers({
    customerId: stringParam(query.customerId),
    externalCustomerId: stringParam(query.externalCustomerId),
    personId: stringParam(query.personId),
    email: stringParam(query.email),
    status: stringParam(query.status),
    offset: intParam(query.offset, 0),
    max: Math.min(intParam(query.max, 100), MAX_PAGE),
  });
  return { status: 200, body: { items: subscribers.map(subscriberView) } };
};

export const getWholesaleSubscriber: Handler<'getWholesaleSubscriber'> = ({ store, path, baseUrl }) => {
  const subscriber = findSubscriber(store, path.subscriberId ?? '');
  if (isFailure(subscriber)) return subscriber;
  return {
    status: 200,
    headers: { location: `${baseUrl}/wholesale/subscribers/${subscriber.id}` },
    body: subscriberView(subscriber),
  };
};
