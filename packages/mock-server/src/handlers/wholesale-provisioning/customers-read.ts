import type { Customer, CustomerStatus } from '@onramp/contract';
import { serializedList } from '../../core/serialized-json.js';
import { type Handler, intParam, isFailure, stringParam } from '../../handling/reply.js';
import { findCustomer } from './customer-rules.js';
import { customerJson, customerView } from './view.js';

/** The mock answers at most this many items per page (the contract says so on `max`). */
export const MAX_PAGE = 1000;

export const listWholesaleCustomers: Handler<'listWholesaleCustomers'> = ({ store, query }) => {
  const customers = store.listCustomers({
    externalId: stringParam(query.externalId),
    orgId: stringParam(query.orgId),
    status: Array.isArray(query.status) ? (query.status as CustomerStatus[]) : undefined,
    offset: intParam(query.offset, 0),
    max: Math.min(intParam(query.max, 100), MAX_PAGE),
  });
  return { status: 200, body: serializedList<Customer>(customers, customerJson) };
};

export const getWholesaleCustomer: Handler<'getWholesaleCustomer'> = ({ store, path, query, baseUrl }) => {
  const customer = findCustomer(store, path.customerId ?? '');
  if (isFailure(customer)) return customer;
  return {
    status: 200,
    headers: { location: `${baseUrl}/wholesale/customers/${customer.id}` },
    body: customerView(customer, query.includePackageLicenseInfo === true),
  };
};
