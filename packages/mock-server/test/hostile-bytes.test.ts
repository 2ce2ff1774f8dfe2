import { connect } from 'node:net';
import contract from '@onramp/contract/openapi.json' with { type: 'json' };
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { createMockFetch } from '../src/fetch/fetch-adapter.js';
import { type RunningMockServer, startMockServer } from '../src/node/server.js';
import { expectContractResponse } from './contract-validator.js';
import { newCustomer } from './customers.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Sends bytes no fetch would (fetch refuses control characters), reads the answer to the close. */
function sendRaw(port: number, bytes: Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      const payload = rest.join('\r\n\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: payload ? JSON.parse(payload) : undefined,
      });
    });
    // Half-close after the request: a server that waits for more still answers, then closes.
    socket.end(bytes);
  });
}

const ajv = new Ajv2020({ strict: false });
ajv.addSchema({ ...(contract as object), $id: 'onramp' });
const errorSchema = ajv.getSchema('onramp#/components/schemas/ErrorResponse');

/** The contract's error body, with the same tracking id in the header. */
function expectErrorBody(answer: RawAnswer) {
  expect(errorSchema?.(answer.body), JSON.stringify(errorSchema?.errors)).toBe(true);
  const body = answer.body as { trackingId: string; errors: { reason?: string }[] };
  expect(answer.headers.trackingid).toBe(body.trackingId);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
}

const request = (head: string, body = '') =>
  Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), Buffer.from(body)]);

describe('hostile bytes get the contract error body', () => {
  let running: RunningMockServer;
  let app: MockApp;

  beforeAll(async () => {
    app = createMockApp({ clock: createManualClock() });
    running = await startMockServer({ app, port: 0 });
  });
  afterAll(() => running.close());

  it.each([
    ['NUL', '\u0000'],
    ['0x01', '\u0001'],
    ['0x7f', '\u007f'],
  ])(
    'a %s in the Idempotency-Key header: 400 naming the header problem, nothing created',
    async (_, char) => {
      const before = app.store.customers.size;
      const body = JSON.stringify(newCustomer('hostile'));
      const answer = await sendRaw(
        running.port,
        request(
          [
            'POST /v1/wholesale/customers HTTP/1.1',
            'Host: 127.0.0.1',
            'Authorization: Bearer partner-full-admin',
            'Content-Type: application/json',
            `Idempotency-Key: key${char}1`,
            `Content-Length: ${Buffer.byteLength(body)}`,
          ].join('\r\n'),
          body,
        ),
      );
      expect(answer.status).toBe(400);
      expectErrorBody(answer);
      expect((answer.body as { errors: { reason: string }[] }).errors[0]?.reason).toBe('invalid_header');
      expectContractResponse('/wholesale/customers', 'POST', 400, answer.body, new Headers(answer.headers));
      expect(app.store.customers.size).toBe(before);
    },
  );

  it('a 20 kB path segment: 431 (documented) with the error body', async () => {
    const answer = await sendRaw(
      running.port,
      request(
        [
          `GET /v1/wholesale/customers/${'a'.repeat(20_000)} HTTP/1.1`,
          'Host: 127.0.0.1',
          'Authorization: Bearer partner-full-admin',
        ].join('\r\n'),
      ),
    );
    expect(answer.status).toBe(431);
    expectErrorBody(answer);
    expect((answer.body as { message: string }).message).toMatch(/16 kB/);
    expectContractResponse(
      '/wholesale/customers/{customerId}',
      'GET',
      431,
      answer.body,
      new Headers(answer.headers),
    );
  });

  it('a request line that is not HTTP: 400 with the error body', async () => {
    const answer = await sendRaw(running.port, request('HELLO\u0001 / HTTP/9'));
    expect(answer.status).toBe(400);
    expectErrorBody(answer);
  });

  it('invalid UTF-8 in a JSON body: 400 naming the byte, nothing stored', async () => {
    const before = app.store.customers.size;
    const text = JSON.stringify(newCustomer('utf8', { externalId: 'ext-Caf@' }));
    const [head, tail] = text.split('@') as [string, string];
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xe9]), Buffer.from(tail)]);
    const response = await fetch(`${running.url}/wholesale/customers`, {
      method: 'POST',
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      body,
    });
    const json = await response.json();
    expect(response.status).toBe(400);
    expect(json.errors[0]).toMatchObject({ reason: 'invalid_encoding', field: 'body' });
    expect(json.message).toContain(`0xe9 at offset ${head.length}`);
    expect(response.headers.get('trackingid')).toBe(json.trackingId);
    expectContractResponse('/wholesale/customers', 'POST', 400, json, response.headers);
    expect(app.store.customers.size).toBe(before);
    expect(app.store.customerByExternal('ext-Caf\uFFFD')).toBeUndefined();
  });

  it('invalid UTF-8 through the in-process fetch (and so MSW) is refused the same way', async () => {
    const mockFetch = createMockFetch({ baseUrl: 'http://onramp.test/v1', app });
    const response = await mockFetch('http://onramp.test/v1/wholesale/customers/validate', {
      method: 'POST',
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      body: Buffer.concat([Buffer.from('{"address":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toMatchObject({ reason: 'invalid_encoding' });
  });

  it('valid multi-byte UTF-8 is kept exactly', async () => {
    const answer = await fetch(`${running.url}/wholesale/customers`, {
      method: 'POST',
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      body: JSON.stringify(newCustomer('cafe', { externalId: 'ext-Café-☕-𝄞' })),
    });
    expect(answer.status).toBe(202);
    expect(answer.headers.get('trackingid')).toMatch(/^ONRAMP_/);
    expect(app.store.customerByExternal('ext-Café-☕-𝄞')).toBeDefined();
  });
});
