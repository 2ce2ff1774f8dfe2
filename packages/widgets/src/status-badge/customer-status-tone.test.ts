import type { CustomerStatus } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import { customerStatusTone } from './customer-status-tone.js';

describe('customerStatusTone', () => {
  it.each<[CustomerStatus, string]>([
    ['provisioned', 'success'],
    ['provisioned_with_errors', 'warning'],
    ['pending_rpl_review', 'warning'],
    ['provisioning', 'info'],
    ['updating', 'info'],
    ['deleting', 'neutral'],
    ['error', 'danger'],
  ])('%s is %s', (status, tone) => expect(customerStatusTone[status]).toBe(tone));
});
