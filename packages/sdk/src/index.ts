/**
 * `@onramp/sdk`: the typed Onramp provisioning client.
 *
 * @packageDocumentation
 */

// The contract's named types (`Customer`, `Setup`, `ErrorResponse`, `paths`…), types only: nothing
// of the contract's runtime (enum lists, zod schemas) comes along.
export type * from '@onramp/contract';
export {
  type ClientContext,
  createRawClient,
  type OnrampClientBaseOptions,
  type OnrampClientOptions,
  type RawClient,
} from './client.js';
export * from './errors.js';
export type { GetToken, TokenContext } from './internal/auth.js';
export { IDEMPOTENT_POST_PATHS } from './internal/idempotency.js';
export {
  type AttemptOutcome,
  isReplaySafe,
  type RetryEvent,
  type RetryOptions,
  shouldRetry,
} from './internal/retry.js';
export type { Clock, FetchLike, Logger } from './internal/types.js';
export { createOnrampClient, type OnrampClient } from './onramp-client.js';
export {
  DEFAULT_PAGE_SIZE,
  type FetchPage,
  MAX_PAGE_SIZE,
  Page,
  type PageData,
  PagePromise,
} from './pagination.js';
export type { PollVerdict, WaitOptions } from './polling.js';
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
export { SDK_VERSION } from './version.js';
