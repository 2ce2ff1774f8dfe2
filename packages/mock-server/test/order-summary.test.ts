import { describe, expect, it } from 'vitest';
import { createMockApp } from '../src/app/app.js';
import { WORLD } from '../src/store/seed-world.js';

// The order summary PDF a partner keeps (issue 21): named after the customer, in names, not codes.

describe('the order summary of a completed setup', () => {
  it('is named after the customer and prints names, not raw codes', async () => {
    const app = createMockApp();
    const answer = await app.handle({
      method: 'GET',
      path: `/organizations/${WORLD.provisionedCustomer}/setup/orderSummary`,
      query: new URLSearchParams(),
      headers: { authorization: 'Bearer partner-full-admin' },
    });
    expect(answer.status).toBe(200);
    const disposition = answer.headers['content-disposition'] ?? '';
    expect(disposition).toContain('filename="Order summary - Berlin Bakery GmbH.pdf"');
    expect(disposition).toContain("filename*=UTF-8''Order%20summary%20-%20Berlin%20Bakery%20GmbH.pdf");
    expect(disposition).not.toContain(WORLD.provisionedCustomer);
    const pdf = new TextDecoder('latin1').decode(answer.raw as Uint8Array);
    expect(pdf).toMatch(/Region: Europe, Middle East and Africa/);
    expect(pdf).toMatch(/Data center: European Union/);
    expect(pdf).toMatch(/Licenses: (Webex Contact Center (Standard|Premium): \d+|none)/);
    expect(pdf).not.toMatch(/cc_standard|cc_premium| x \d|Region: emea|\(webex_calling\)/);
  });
});
