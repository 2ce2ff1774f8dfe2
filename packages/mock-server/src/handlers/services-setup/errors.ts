import type { ErrorResponse } from '@onramp/contract';
import type { SetupError } from '@onramp/domain';
import { fail } from '../../handling/reply.js';
import { setupWireCode } from '../../handling/wire-codes.js';

type SetupFailure = { status: 400 | 409 | 422; body: ErrorResponse };

/**
 * The domain's wizard refusals in the contract's words: the table is wire-codes.ts's
 * (decisions/0010); `missingMeans` says which command this answers.
 */
export function setupFailure(
  error: SetupError,
  missingMeans: 'step_out_of_order' | 'setup_incomplete',
): SetupFailure {
  const field = error.field === 'step' ? undefined : error.field;
  const wire = setupWireCode(error, missingMeans === 'setup_incomplete' ? 'submit' : 'answer');
  return fail(wire.status, wire.reason, error.message, field);
}
