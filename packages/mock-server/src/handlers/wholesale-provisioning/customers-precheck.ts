import { fail, type Handler } from '../../handling/reply.js';
import { checkRpl } from '../../jobs/wholesale/rpl-list.js';
import { checkCustomerFields } from './address-rules.js';

export const precheckWholesaleCustomer: Handler<'precheckWholesaleCustomer'> = ({ store, body }) => {
  const fieldError = checkCustomerFields(body);
  if (fieldError) return fieldError;
  if (body.externalId !== undefined && store.customerByExternal(body.externalId)) {
    return fail(
      409,
      'customer_exists',
      `A customer with externalId ${body.externalId} already exists.`,
      'externalId',
    );
  }
  if (checkRpl(body.customerInfo?.name, body.address) === 'listed') {
    return {
      status: 200,
      body: {
        message: 'success',
        info: [
          {
            infoCode: 101,
            description: 'Provisioning will need a restricted parties review (up to 72 hours).',
          },
        ],
      },
    };
  }
  return {
    status: 200,
    body: {
      message: 'success',
      info: [{ infoCode: 100, description: 'Provisioning preCheck validation successful.' }],
    },
  };
};
