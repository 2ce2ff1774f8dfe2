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

describe('lost answers and one-shot rules', () => {
  it('loseAnswer lets the handler run and asks the adapter to drop the answer', () => {
    const faults = createFaults();
    faults.setRoute('provisionWholesaleCustomer', { loseAnswer: true });
    expect(faults.decide('provisionWholesaleCustomer', '/wholesale/customers')).toEqual({
      latencyMs: 0,
      loseAnswer: true,
    });
    expect(faults.decide('listWholesaleCustomers', '/wholesale/customers')).toEqual({ latencyMs: 0 });
  });

  it('drop wins over loseAnswer: a connection dropped before the handler writes nothing', () => {
    const faults = createFaults();
    faults.setGlobal({ drop: true });
    faults.setRoute('op', { loseAnswer: true });
    expect(faults.decide('op', '/p')).toEqual({ latencyMs: 0, drop: true });
  });

  it('a rule with times applies to that many requests, then removes itself', () => {
    const faults = createFaults();
    faults.setRoute('/wholesale/customers', { forceStatus: 503, times: 2 });
    const statuses = Array.from(
      { length: 4 },
      () => faults.decide('op', '/wholesale/customers').response?.status ?? 200,
    );
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it('a new rule starts its own count', () => {
    const faults = createFaults();
    faults.setGlobal({ loseAnswer: true, times: 1 });
    expect(faults.decide('op', '/p').loseAnswer).toBe(true);
    expect(faults.decide('op', '/p').loseAnswer).toBeUndefined();
    faults.setGlobal({ loseAnswer: true, times: 1 });
    expect(faults.decide('op', '/p').loseAnswer).toBe(true);
  });
});
