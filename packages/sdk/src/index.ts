/**
 * `@onramp/sdk`: the typed Onramp provisioning client.
 *
 * @packageDocumentation
 */

// The contract's named types (`Customer`, `Setup`, `ErrorResponse`, `paths`…), types only: nothing
// of the contract's runtime (enum lists, zod schemas) comes along.
export type * from '@onramp/contract';

// The client and its options.
export {
  type ClientContext,
  createClientContext,
  createRawClient,
  type OnrampClientBaseOptions,
  type OnrampClientOptions,
  type RawClient,
} from './client.js';
// Errors, the non-throwing result form, and the one `Retry-After` rule.
export {
  ConflictError,
  ConnectionError,
  ForbiddenError,
  NotFoundError,
  OnrampError,
  type OnrampErrorInit,
  ProvisioningFailedError,
  parseRetryAfterHeader,
  RateLimitError,
  type RequestSummary,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  WaitTimeoutError,
} from './errors.js';
export type { GetToken, TokenContext } from './internal/auth.js';
// The retry rules themselves (`shouldRetry`, `isReplaySafe`, the keyed POSTs) stay internal: the
// options and the event below are how a caller tunes and watches them.
export type { RetryEvent, RetryOptions } from './internal/retry.js';
export type { Clock, FetchLike, Logger } from './internal/types.js';
export { createOnrampClient, type OnrampClient } from './onramp-client.js';
// Pagination and polling.
export {
  DEFAULT_PAGE_SIZE,
  type FetchPage,
  MAX_PAGE_SIZE,
  Page,
  type PageData,
  PagePromise,
} from './pagination.js';
export type { PollVerdict, WaitOptions } from './polling.js';
// The resources and their options.
export {
  type Accepted,
  type CreateAndWaitOptions,
  Customers,
  customerVerdict,
  type GetCustomerQuery,
  type ListCustomersQuery,
  type WaitForCustomerOptions,
} from './resources/customers.js';
export {
  Catalog,
  type CountriesQuery,
  type ListOrdersQuery,
  type ListOrganizationsQuery,
  Orders,
  Organizations,
  Permissions,
  Subscriptions,
  type TelephonyOptionsQuery,
  Trials,
} from './resources/organizations.js';
export {
  type SetupChangeOptions,
  SetupWizard,
  type SubmitAndWaitOptions,
  setupVerdict,
} from './resources/setup.js';
export type { CallOptions, CreateOptions, ETagSource } from './resources/shared.js';
export {
  type ListSubPartnersQuery,
  type ListSubscribersQuery,
  type SubPartnerScope,
  SubPartners,
  Subscribers,
} from './resources/subscribers.js';
export { type ListUsersQuery, Roles, type UserChangeOptions, Users } from './resources/users.js';
export { type Result, settle } from './result.js';
export { SDK_VERSION } from './version.js';
