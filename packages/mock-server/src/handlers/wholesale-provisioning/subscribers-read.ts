import { fail, type Handler, intParam, stringParam } from '../../handling/reply.js';
import { MAX_PAGE } from './customers-read.js';
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
  const subscriber = store.subscribers.get(path.subscriberId ?? '');
  if (!subscriber)
    return fail(
      404,
      'subscriber_not_found',
      `No wholesale subscriber has the id ${path.subscriberId}.`,
      'subscriberId',
    );
  return {
    status: 200,
    headers: { location: `${baseUrl}/wholesale/subscribers/${subscriber.id}` },
    body: subscriberView(subscriber),
  };
};
