import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';

/**
 * The runtime names `@onramp/sdk` exports, pinned: adding one is a decision (and a changeset), and an
 * internal (the retry rules) leaking through an `export *` fails here. Types are checked by
 * `types.test-d.ts`.
 */
const PUBLIC = [
  // The client.
  'createOnrampClient',
  'createClientContext',
  'createRawClient',
  'SDK_VERSION',
  // Errors, the result form, the Retry-After rule.
  'ConflictError',
  'ConnectionError',
  'ForbiddenError',
  'NotFoundError',
  'OnrampError',
  'ProvisioningFailedError',
  'RateLimitError',
  'ServerError',
  'TimeoutError',
  'UnauthorizedError',
  'ValidationError',
  'WaitTimeoutError',
  'parseRetryAfterHeader',
  'settle',
  // Pagination.
  'DEFAULT_PAGE_SIZE',
  'MAX_PAGE_SIZE',
  'Page',
  'PagePromise',
  // Resources and their verdicts.
  'Catalog',
  'Customers',
  'Orders',
  'Organizations',
  'Permissions',
  'Roles',
  'SetupWizard',
  'SubPartners',
  'Subscribers',
  'Subscriptions',
  'Trials',
  'Users',
  'customerVerdict',
  'setupVerdict',
];

describe('the public entry point', () => {
  it('exports exactly the curated names', () => {
    expect(Object.keys(sdk).sort()).toEqual([...PUBLIC].sort());
  });

  it('keeps the retry rules internal', () => {
    for (const name of ['shouldRetry', 'isReplaySafe', 'IDEMPOTENT_POST_PATHS', 'retryDelay', 'transport'])
      expect(sdk).not.toHaveProperty(name);
  });
});
