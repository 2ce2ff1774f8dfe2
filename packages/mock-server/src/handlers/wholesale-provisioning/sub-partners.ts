import { type Handler, intParam, stringParam } from '../../handling/reply.js';
import { MAX_PAGE } from './customers-read.js';

export const listWholesaleSubPartners: Handler<'listWholesaleSubPartners'> = ({ store, query }) => {
  const state = stringParam(query.provisioningState);
  const offset = intParam(query.offset, 0);
  const max = Math.min(intParam(query.max, 100), MAX_PAGE);
  const items = store.subPartners
    .filter((p) => state === undefined || p.provisioningState === state)
    .slice(offset, offset + max);
  return { status: 200, body: { items } };
};
