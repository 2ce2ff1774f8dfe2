import type { BillingAddress } from '@onramp/contract';
import { validateAddress } from '@onramp/domain';
import { type Failure, failWith } from '../reply.js';

interface WithAddresses {
  address?: BillingAddress;
  provisioningParameters?: { calling?: { location?: { address?: BillingAddress } } };
}

/**
 * The per-country address rules (decisions/0007) on the billing address and the calling location's
 * address: a 400 naming every field at fault, with the domain's code and message, or nothing.
 */
export function checkAddresses(body: WithAddresses): Failure<400> | undefined {
  const location = body.provisioningParameters?.calling?.location?.address;
  const issues = [
    ...(body.address ? validateAddress(body.address, 'address') : []),
    ...(location ? validateAddress(location, 'provisioningParameters.calling.location.address') : []),
  ];
  const [first] = issues;
  if (!first) return undefined;
  const message =
    issues.length === 1
      ? first.message
      : `${issues.length} address fields do not meet the rules of their country.`;
  return failWith(
    400,
    message,
    issues.map((issue) => ({ description: issue.message, reason: issue.code, field: issue.field })),
  );
}
