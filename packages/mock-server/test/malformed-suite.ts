import { expect, it } from 'vitest';
import type { MockApp } from '../src/app/app.js';
import { newCustomer } from './customers.js';
import type { createClient } from './http-client.js';

type Call = ReturnType<typeof createClient>;

const C = '/wholesale/customers/{customerId}';
const S = '/wholesale/subscribers/{subscriberId}';
const long = 'x'.repeat(300);

/** [method, pattern, path, body or raw text, content type?] */
type Case = [string, string, string | undefined, unknown, string?];

function cases(customerId: string, subscriberId: string): Case[] {
  const cPath = `/wholesale/customers/${customerId}`;
  const sPath = `/wholesale/subscribers/${subscriberId}`;
  const base = newCustomer('bad');
  return [
    ['POST', '/wholesale/customers', undefined, { ...base, packages: 'webex_calling' }],
    ['POST', '/wholesale/customers', undefined, { ...base, externalId: undefined }],
    ['POST', '/wholesale/customers', undefined, { ...base, externalId: long }],
    ['POST', '/wholesale/customers', undefined, { ...base, packages: ['gold_plated'] }],
    ['POST', '/wholesale/customers', undefined, { ...base, address: { ...base.address, country: 'USA' } }],
    [
      'POST',
      '/wholesale/customers',
      undefined,
      { ...base, provisioningParameters: { packages: { limits: { webex_calling: -1 } } } },
    ],
    ['POST', '/wholesale/customers', undefined, { ...base, packages: ['attendant_console'] }],
    ['POST', '/wholesale/customers', undefined, '{"provisioningId":'],
    ['POST', '/wholesale/customers', undefined, 'provisioningId=1', 'application/x-www-form-urlencoded'],
    ['POST', '/wholesale/customers', undefined, 'null'],
    ['POST', '/wholesale/customers', undefined, '[]'],
    ['PUT', C, cPath, { packages: [] }],
    ['PUT', C, cPath, { packages: ['webex_calling'], address: { city: 'X' } }],
    ['PUT', C, cPath, '{'],
    ['PUT', C, '/wholesale/customers/nope', { packages: ['webex_calling'] }],
    ['POST', '/wholesale/customers/validate', undefined, { address: 42 }],
    [
      'POST',
      '/wholesale/subscribers',
      undefined,
      {
        customerId: customerId,
        email: 'not-an-email',
        packages: ['webex_calling'],
        provisioningParameters: {},
      },
    ],
    [
      'POST',
      '/wholesale/subscribers',
      undefined,
      { customerId: customerId, email: 'a@b.example.com', packages: ['webex_calling'] },
    ],
    [
      'POST',
      '/wholesale/subscribers',
      undefined,
      {
        customerId: customerId,
        email: 'a@b.example.com',
        package: 'attendant_console',
        provisioningParameters: {},
      },
    ],
    [
      'POST',
      '/wholesale/subscribers',
      undefined,
      {
        customerId: 'nope',
        email: 'a@b.example.com',
        packages: ['webex_calling'],
        provisioningParameters: {},
      },
    ],
    [
      'POST',
      '/wholesale/subscribers',
      undefined,
      {
        customerId: customerId,
        email: 'a@b.example.com',
        packages: ['webex_calling', 'webex_suite'],
        provisioningParameters: {},
      },
    ],
    ['PUT', S, sPath, { packages: ['nope'] }],
    ['PUT', S, sPath, { provisioningParameters: { extension: long } }],
    ['PUT', S, '/wholesale/subscribers/nope', { packages: ['webex_calling'] }],
    ['POST', '/wholesale/subscribers/validate', undefined, { email: 7 }],
    ['GET', '/wholesale/customers', '/wholesale/customers?max=0', undefined],
    ['GET', '/wholesale/customers', '/wholesale/customers?offset=-1', undefined],
    ['GET', '/wholesale/customers', '/wholesale/customers?offset=ten', undefined],
    ['GET', '/wholesale/customers', '/wholesale/customers?status=happy', undefined],
    ['GET', C, `${cPath}?includePackageLicenseInfo=maybe`, undefined],
    ['GET', '/wholesale/subscribers', '/wholesale/subscribers?max=1.5', undefined],
    ['GET', '/wholesale/subPartners', '/wholesale/subPartners?offset=x', undefined],
    ['DELETE', C, '/wholesale/customers/nope', undefined],
    ['DELETE', S, '/wholesale/subscribers/nope', undefined],
  ];
}

/** Malformed input never reaches 5xx, always says what is wrong, and never changes the store. */
export function malformedSuite(context: () => { call: Call; app: MockApp }) {
  it('answers 4xx with a clear body to every malformed request, leaving the store unchanged', async () => {
    const { call, app } = context();
    const customer = app.store.customerByExternal('ext-1');
    const subscriber = app.store.listSubscribers({ customerId: customer?.id, offset: 0, max: 1 })[0];
    const before = app.store.snapshot();
    for (const [method, pattern, path, body, contentType] of cases(
      customer?.id ?? '',
      subscriber?.id ?? '',
    )) {
      const raw = typeof body === 'string';
      const answer = await call(method, pattern, {
        path,
        ...(raw ? { rawBody: body } : body === undefined ? {} : { body }),
        ...(contentType ? { contentType } : {}),
      });
      const label = `${method} ${path ?? pattern} ${raw ? body : JSON.stringify(body)}`;
      expect(answer.status, label).toBeGreaterThanOrEqual(400);
      expect(answer.status, label).toBeLessThan(500);
      expect(answer.json.errors[0].description.length, label).toBeGreaterThan(5);
      expect(app.store.snapshot(), label).toBe(before);
    }
  });
}
