import { fail, type Handler } from '../reply.js';
import { checkAddresses } from './address-rules.js';
import { checkPackages } from './customer-rules.js';
import { checkRpl } from './rpl-list.js';

export const precheckWholesaleCustomer: Handler<'precheckWholesaleCustomer'> = ({ store, body }) => {
  const addressError = checkAddresses(body);
  if (addressError) return addressError;
  if (body.externalId !== undefined && store.customerByExternal(body.externalId)) {
    return fail(
      409,
      'customer_exists',
      `A customer with externalId ${body.externalId} already exists.`,
      'externalId',
    );
  }
  const packageError = body.packages ? checkPackages(body.packages) : undefined;
  if (packageError) return packageError;
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
