import type { CustomerStatus } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import { canDecideRpl, customerStatusLabels, recordStatus } from './watch.js';

describe('recordStatus', () => {
  it.each<[CustomerStatus[], CustomerStatus, CustomerStatus[]]>([
    [[], 'pending_rpl_review', ['pending_rpl_review']],
    [['pending_rpl_review'], 'pending_rpl_review', ['pending_rpl_review']],
    [['pending_rpl_review'], 'provisioning', ['pending_rpl_review', 'provisioning']],
    [
      ['pending_rpl_review', 'provisioning'],
      'provisioned',
      ['pending_rpl_review', 'provisioning', 'provisioned'],
    ],
    [['pending_rpl_review'], 'error', ['pending_rpl_review', 'error']],
    // A status seen again later (updating → provisioned → updating) is a new step.
    [
      ['provisioned', 'updating', 'provisioned'],
      'updating',
      ['provisioned', 'updating', 'provisioned', 'updating'],
    ],
  ])('%j + %s → %j', (history, status, expected) => {
    const before = [...history];
    expect(recordStatus(history, status)).toEqual(expected);
    expect(history).toEqual(before);
  });
});

describe('the demo RPL decision', () => {
  it('applies only while the review is pending', () => {
    const statuses: (CustomerStatus | undefined)[] = [
      undefined,
      'pending_rpl_review',
      'provisioning',
      'provisioned',
      'error',
      'updating',
    ];
    expect(statuses.filter(canDecideRpl)).toEqual(['pending_rpl_review']);
  });
});

describe('customerStatusLabels', () => {
  it("names each status as the subscription panel does, in the portal's language", async () => {
    expect((await customerStatusLabels('en'))['status.pending_rpl_review']).toBe('Pending compliance review');
    expect((await customerStatusLabels('ru'))['status.provisioned']).toBe('Подготовлен');
  });
});
