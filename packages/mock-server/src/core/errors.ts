import type { ErrorDetail, ErrorResponse } from '@onramp/contract';
import type { MockResponse } from './types.js';

/** Tracking ids look like the real API's, so support tooling that greps for them keeps working. */
export function newTrackingId(): string {
  return `ONRAMP_${globalThis.crypto.randomUUID()}`;
}

export function errorBody(
  message: string,
  errors: ErrorDetail[] = [{ description: message }],
): ErrorResponse {
  return { message, errors, trackingId: newTrackingId() };
}

export function errorResponse(
  status: number,
  message: string,
  errors?: ErrorDetail[],
  headers: Record<string, string> = {},
): MockResponse {
  const body = errorBody(message, errors);
  return { status, headers: { ...headers, trackingid: body.trackingId }, body };
}

/** One error detail with a machine-readable reason, the common case. */
export function reasonError(
  status: number,
  reason: string,
  description: string,
  field?: string,
): MockResponse {
  return errorResponse(status, description, [{ description, reason, ...(field ? { field } : {}) }]);
}
