import { describe, expect, it } from 'vitest';
import { createFaults } from './faults.js';

describe('createFaults', () => {
  it('does nothing by default', () => {
    expect(createFaults().decide('op', '/p')).toEqual({ latencyMs: 0 });
  });

  it('forces 429 with Retry-After on one operation only', () => {
    const faults = createFaults();
    faults.setRoute('listWholesaleCustomers', { forceStatus: 429, retryAfterSeconds: 5 });
    const decision = faults.decide('listWholesaleCustomers', '/wholesale/customers');
    expect(decision.response?.status).toBe(429);
    expect(decision.response?.headers['retry-after']).toBe('5');
    expect(
      faults.decide('getWholesaleCustomer', '/wholesale/customers/{customerId}').response,
    ).toBeUndefined();
  });

  it('matches a path pattern and lets the route override the global rule', () => {
    const faults = createFaults();
    faults.setGlobal({ latencyMs: 100, forceStatus: 503 });
    faults.setRoute('/wholesale/subscribers', { forceStatus: undefined, drop: true });
    expect(faults.decide('listWholesaleSubscribers', '/wholesale/subscribers')).toEqual({
      latencyMs: 100,
      drop: true,
    });
    expect(faults.decide('x', '/y').response?.status).toBe(503);
  });

  it('fails a deterministic share of requests with an error rate', () => {
    const run = () => {
      const faults = createFaults(7);
      faults.setGlobal({ errorRate: 0.25 });
      return Array.from({ length: 400 }, () => faults.decide('op', '/p').response?.status ?? 200);
    };
    const first = run();
    expect(run()).toEqual(first);
    const failures = first.filter((status) => status === 500).length;
    expect(failures).toBeGreaterThan(60);
    expect(failures).toBeLessThan(140);
  });

  it('clear() switches every fault off', () => {
    const faults = createFaults();
    faults.setGlobal({ drop: true });
    faults.clear();
    expect(faults.decide('op', '/p')).toEqual({ latencyMs: 0 });
  });
});
