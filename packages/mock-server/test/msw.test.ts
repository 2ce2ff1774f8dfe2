import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { setupMockServer } from '../src/node.js';
import { designedSuite } from './designed-suite.js';
import { createClient } from './http-client.js';
import { malformedEveryOperation } from './malformed-generic.js';
import { malformedSuite } from './malformed-suite.js';
import { wholesaleSuite } from './wholesale-suite.js';

const baseUrl = 'http://onramp.mock/v1';

describe('MSW adapter (setupServer + fetch)', () => {
  const app = createMockApp({ clock: createManualClock() });
  const { server } = setupMockServer({ app, baseUrl });
  const call = createClient(baseUrl);

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => app.reset());

  wholesaleSuite(() => ({ call, app }));
  designedSuite(() => ({ call, app, origin: 'http://onramp.mock' }));
  malformedSuite(() => ({ call, app }));
  malformedEveryOperation(() => ({ call, app }));

  it('turns a dropped connection into a network error', async () => {
    app.faults.setGlobal({ drop: true });
    await expect(fetch(`${baseUrl}/wholesale/customers`)).rejects.toThrow();
  });
});
