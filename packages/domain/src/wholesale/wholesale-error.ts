/** Codes of a refused wholesale operation (the contract's `errors[].reason`). */
export const WHOLESALE_ERROR_CODES = [
  'invalid_quantity',
  'package_not_orderable',
  'dependency_missing',
  'not_a_base_package',
  'quantity_exceeded',
  'admin_package_level',
  'admin_package_downgrade',
  'invalid_transition',
] as const;
export type WholesaleErrorCode = (typeof WHOLESALE_ERROR_CODES)[number];

export interface WholesaleError {
  readonly code: WholesaleErrorCode;
  readonly message: string;
  /** The input at fault, as the contract's `errors[].field` (`packages`, `quantities.webex_suite`). */
  readonly field?: string;
}

export function wholesaleError(code: WholesaleErrorCode, message: string, field?: string): WholesaleError {
  return field === undefined ? { code, message } : { code, message, field };
}
