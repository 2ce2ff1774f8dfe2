import type { ErrorResponse } from '@onramp/contract';
import type { SetupError } from '@onramp/domain';
import { fail } from '../reply.js';

type SetupFailure = { status: 400 | 409 | 422; body: ErrorResponse };

/**
 * The domain's wizard refusals in the contract's words (decisions/0003 "Errors"): the domain names
 * a few refusals more finely (`country_not_confirmed`, `required`, `not_offered`) than the wire.
 */
export function setupFailure(
  error: SetupError,
  missingMeans: 'step_out_of_order' | 'setup_incomplete',
): SetupFailure {
  const field = error.field === 'step' ? undefined : error.field;
  switch (error.code) {
    case 'incompatible_location':
      return fail(422, 'incompatible_location', error.message, field);
    case 'country_locked':
    case 'country_not_saved':
    case 'telephony_locked':
      return fail(409, error.code, error.message, field);
    case 'invalid_enum':
      if (field === 'country') return fail(400, 'unknown_country', error.message, field);
      if (field === 'timeZone') return fail(400, 'unknown_time_zone', error.message, field);
      return fail(400, 'invalid_enum', error.message, field);
    case 'not_offered':
      return fail(
        422,
        field === 'platform' ? 'platform_not_offered' : 'telephony_not_offered',
        error.message,
        field,
      );
    case 'step_out_of_order':
    case 'country_not_confirmed':
    case 'required':
      return fail(409, missingMeans, error.message, field);
  }
}
