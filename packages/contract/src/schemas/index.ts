import type { z } from 'zod/mini';
import {
  precheckCustomerRequestSchema,
  precheckSubscriberRequestSchema,
  provisionCustomerRequestSchema,
  provisionSubscriberRequestSchema,
  updateCustomerRequestSchema,
  updateSubscriberRequestSchema,
} from './wholesale.js';

export * from './primitives.js';
export * from './wholesale.js';

/**
 * The zod schema of every JSON request body in the contract, by operationId. The mock server and the
 * widgets' forms validate with these; a test proves each one matches the contract.
 */
export const requestBodySchemas = {
  provisionWholesaleCustomer: provisionCustomerRequestSchema,
  updateWholesaleCustomer: updateCustomerRequestSchema,
  precheckWholesaleCustomer: precheckCustomerRequestSchema,
  provisionWholesaleSubscriber: provisionSubscriberRequestSchema,
  updateWholesaleSubscriber: updateSubscriberRequestSchema,
  precheckWholesaleSubscriber: precheckSubscriberRequestSchema,
} satisfies Record<string, z.ZodMiniType>;

export type RequestBodyOperationId = keyof typeof requestBodySchemas;
