import { describe, expect, it } from 'vitest';
import { jsonText, SerializedJson, serializedList } from '../core/serialized-json.js';
import { createMockApp } from './app.js';

const list = (app: ReturnType<typeof createMockApp>, query: string) =>
  app.handle({
    method: 'GET',
    path: '/wholesale/customers',
    query: new URLSearchParams(query),
    headers: { authorization: 'Bearer partner-full-admin' },
  });

describe('pre-serialized JSON bodies', () => {
  it('write the same bytes as JSON.stringify of the plain value', () => {
    const body = serializedList<{ a: number }>([{ a: 1 }, { a: 2 }], (record: { a: number }) =>
      JSON.stringify(record),
    );
    expect(jsonText(body)).toBe('{"items":[{"a":1},{"a":2}]}');
    expect(JSON.stringify(body)).toBe(JSON.stringify({ items: [{ a: 1 }, { a: 2 }] }));
    expect(jsonText({ b: 'x' })).toBe('{"b":"x"}');
    expect(new SerializedJson('[]').toJSON()).toEqual([]);
  });

  it('never serve a customer from a stale cache: an update shows in the next list', async () => {
    const app = createMockApp({ speed: 0 });
    const before = JSON.parse(jsonText((await list(app, 'status=provisioned&max=1')).body)) as {
      items: Array<{ id: string; externalId: string; packages: string[] }>;
    };
    const customer = before.items[0]!;
    const update = await app.handle({
      method: 'PUT',
      path: `/wholesale/customers/${customer.id}`,
      query: new URLSearchParams(),
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      rawBody: JSON.stringify({ externalId: `${customer.externalId}-renamed`, packages: customer.packages }),
    });
    expect(update.status).toBe(202);
    const after = JSON.parse(jsonText((await list(app, `externalId=${customer.externalId}-renamed`)).body));
    expect(after.items.map((c: { id: string }) => c.id)).toEqual([customer.id]);
  });
});
