import type { ErrorDetail, operations } from '@onramp/contract';
import { can } from '@onramp/domain';
import { actorAtHome } from '../../glue/actors.js';
import { forbidden, type Handler } from '../../handling/reply.js';
import { addressRulesOnInvalidBody } from './address-rules.js';
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

type WholesaleOperationId = Extract<keyof operations, `${string}Wholesale${string}`>;

/**
 * Wholesale operations are partner actions (`manage_wholesale`, DOMAIN §3). Reads are also open to
 * the partner's read-only admins, whom the domain refuses only changes (`read_only`).
 */
function partnerOnly<Op extends WholesaleOperationId>(
  change: boolean,
  handle: Handler<Op>,
  rulesOnInvalidBody?: (body: unknown) => ErrorDetail[],
): WholesaleEntry<Op> {
  return {
    ...(rulesOnInvalidBody ? { rulesOnInvalidBody } : {}),
    handle: (context) => {
      const decision = can(actorAtHome(context.viewer), 'manage_wholesale');
      const readOnly = !decision.allowed && decision.reason === 'read_only' && !change;
      if (!decision.allowed && !readOnly) return forbidden(decision) as ReturnType<Handler<Op>>;
      return handle(context);
    },
  };
}

interface WholesaleEntry<Op extends WholesaleOperationId> {
  handle: Handler<Op>;
  rulesOnInvalidBody?: (body: unknown) => ErrorDetail[];
}

/** Every wholesale operation of the contract; a missing one is a compile error. */
export const wholesaleHandlers: { [Op in WholesaleOperationId]: WholesaleEntry<Op> } = {
  listWholesaleCustomers: partnerOnly(false, listWholesaleCustomers),
  getWholesaleCustomer: partnerOnly(false, getWholesaleCustomer),
  // The address and package rules also run on a body the schema refuses (one 400, every field).
  provisionWholesaleCustomer: partnerOnly(true, provisionWholesaleCustomer, addressRulesOnInvalidBody),
  updateWholesaleCustomer: partnerOnly(true, updateWholesaleCustomer, addressRulesOnInvalidBody),
  removeWholesaleCustomer: partnerOnly(true, removeWholesaleCustomer),
  precheckWholesaleCustomer: partnerOnly(false, precheckWholesaleCustomer, addressRulesOnInvalidBody),
  listWholesaleSubPartners: partnerOnly(false, listWholesaleSubPartners),
  listWholesaleSubscribers: partnerOnly(false, listWholesaleSubscribers),
  getWholesaleSubscriber: partnerOnly(false, getWholesaleSubscriber),
  provisionWholesaleSubscriber: partnerOnly(true, provisionWholesaleSubscriber),
  updateWholesaleSubscriber: partnerOnly(true, updateWholesaleSubscriber),
  removeWholesaleSubscriber: partnerOnly(true, removeWholesaleSubscriber),
  precheckWholesaleSubscriber: partnerOnly(false, precheckWholesaleSubscriber),
};
