import type { operations } from '@onramp/contract';
import type { Handler } from '../reply.js';
import { precheckWholesaleCustomer } from './customers-precheck.js';
import { getWholesaleCustomer, listWholesaleCustomers } from './customers-read.js';
import {
  provisionWholesaleCustomer,
  removeWholesaleCustomer,
  updateWholesaleCustomer,
} from './customers-write.js';
import { listWholesaleSubPartners } from './sub-partners.js';
import { getWholesaleSubscriber, listWholesaleSubscribers } from './subscribers-read.js';
import {
  precheckWholesaleSubscriber,
  provisionWholesaleSubscriber,
  removeWholesaleSubscriber,
  updateWholesaleSubscriber,
} from './subscribers-write.js';

export interface HandlerEntry<Op extends keyof operations> {
  /** Whether the operation changes something: read-only admins get 403 `read_only`. */
  change: boolean;
  handle: Handler<Op>;
}

type WholesaleOperationId = Extract<keyof operations, `${string}Wholesale${string}`>;

/** Every wholesale operation of the contract; a missing one is a compile error. */
export const wholesaleHandlers: { [Op in WholesaleOperationId]: HandlerEntry<Op> } = {
  listWholesaleCustomers: { change: false, handle: listWholesaleCustomers },
  getWholesaleCustomer: { change: false, handle: getWholesaleCustomer },
  provisionWholesaleCustomer: { change: true, handle: provisionWholesaleCustomer },
  updateWholesaleCustomer: { change: true, handle: updateWholesaleCustomer },
  removeWholesaleCustomer: { change: true, handle: removeWholesaleCustomer },
  precheckWholesaleCustomer: { change: false, handle: precheckWholesaleCustomer },
  listWholesaleSubPartners: { change: false, handle: listWholesaleSubPartners },
  listWholesaleSubscribers: { change: false, handle: listWholesaleSubscribers },
  getWholesaleSubscriber: { change: false, handle: getWholesaleSubscriber },
  provisionWholesaleSubscriber: { change: true, handle: provisionWholesaleSubscriber },
  updateWholesaleSubscriber: { change: true, handle: updateWholesaleSubscriber },
  removeWholesaleSubscriber: { change: true, handle: removeWholesaleSubscriber },
  precheckWholesaleSubscriber: { change: false, handle: precheckWholesaleSubscriber },
};
