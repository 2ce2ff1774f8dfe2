import {
  createMockApp,
  createMockFetch,
  type FaultRule,
  type MockApp,
  type ScenarioName,
  SEEDED_TOKENS,
  type SeededToken,
} from '@onramp/mock-server';
import {
  createOnrampClient,
  createRawClient,
  type FetchLike,
  type OnrampClient,
  type RawClient,
} from '@onramp/sdk';

/** Where the in-page mock answers. Never reached over the network: the widgets' fetch is the mock. */
export const BASE_URL = 'http://onramp.storybook/v1';

/** A seeded actor's bearer token (the mock server README's table). */
export type ActorToken = SeededToken;
export const ACTOR_TOKENS = Object.keys(SEEDED_TOKENS) as ActorToken[];

export type ApiClient = RawClient;

/** One story's backend: the mock server's core running in the page, with its own records and clock. */
export interface MockWorld {
  readonly app: MockApp;
  /** The actor the story's widget signs in as (the toolbar may choose another). */
  readonly actor: ActorToken;
  /** A typed client signed in as `token`, answered by this world's mock. */
  as(token: ActorToken): ApiClient;
  /**
   * The SDK client a host hands a widget, signed in as `token` (no retries: the widgets' own rules
   * show); `wrap` may change what reaches the mock (e.g. a rule the form does not know).
   */
  sdk(token: ActorToken, wrap?: (fetch: FetchLike) => FetchLike): OnrampClient;
  /** Moves the virtual clock on (provisioning, RPL decisions and timeouts fall due). */
  advance(ms: number): void;
  /** The mock control API (`/_mock/...`, see the mock server README), e.g. to decide an RPL review. */
  control(path: `/_mock/${string}`, body?: unknown): Promise<Response>;
  /** Every request the widgets sent, as `METHOD /path` below the base URL (for "sent once" checks). */
  readonly requests: readonly string[];
}

/** A fault rule of the mock (latency, forced status, dropped connection), for one route or all. */
export interface StoryFault {
  /** An operationId (e.g. `getSetup`) or a contract path pattern; every route when absent. */
  route?: string;
  rule: FaultRule;
}

export interface MockWorldOptions {
  scenario?: ScenarioName;
  /** Who the widget signs in as; the toolbar's "Actor" overrides it. Default: the partner's full admin. */
  actor?: ActorToken;
  /**
   * Virtual ms per real ms. Default 0: time stands still, so a story shows one state until its play
   * function (or the designer, through `world.advance`) moves the clock.
   */
  speed?: number;
  /** Applied after `prepare`, so preparing the state is never hit by the story's own faults. */
  faults?: StoryFault[];
  /**
   * Brings the world into the story's state through the API, as a portal or a partner's system would
   * (create a customer, walk the wizard to a step); returns properties for the widget (e.g. its id).
   */
  prepare?: (world: MockWorld) => Promise<Record<string, unknown> | undefined>;
}

/** What a mock-world loader hands the story (`context.loaded`). */
export interface LoadedWorld {
  world: MockWorld;
  /** Properties found while preparing (ids of records the preparation created). */
  props: Record<string, unknown>;
}

/** The story's mock world, typed (Storybook types `context.loaded` as a record of anything). */
export function worldOf(loaded: Record<string, unknown>): MockWorld {
  const { world } = loaded as Partial<LoadedWorld>;
  if (!world) throw new Error('This story has no mock world: add `loaders: [mockWorld(...)]`.');
  return world;
}

/** A loudly failing wait: a preparation step the mock refused is a broken story, not a blank one. */
export async function expectOk<T>(
  what: string,
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok || data === undefined)
    throw new Error(`Preparing the story: ${what} answered ${response.status} ${JSON.stringify(error)}`);
  return data;
}

export function createMockWorld(options: MockWorldOptions = {}): MockWorld {
  const app = createMockApp({ scenario: options.scenario ?? 'default', speed: options.speed ?? 0 });
  const answer = createMockFetch({ baseUrl: BASE_URL, app });
  const requests: string[] = [];
  const basePath = new URL(BASE_URL).pathname;
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    requests.push(`${request.method} ${path.startsWith(basePath) ? path.slice(basePath.length) : path}`);
    return answer(request);
  };
  return {
    app,
    actor: options.actor ?? 'partner-full-admin',
    requests,
    as: (token) => createRawClient({ baseUrl: BASE_URL, token, fetch, retry: false }),
    sdk: (token, wrap = (same) => same) =>
      createOnrampClient({
        baseUrl: BASE_URL,
        token,
        retry: false,
        fetch: wrap((request) => fetch(request)),
      }),
    advance: (ms) => app.clock.advance(ms),
    control: (path, body) =>
      fetch(`${new URL(BASE_URL).origin}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/**
 * A Storybook loader that gives the story a fresh mock world: the scenario's seed, the actor, the
 * preparation, then the faults. Each story (and each test) starts from the same seed.
 */
export function mockWorld(options: MockWorldOptions = {}) {
  return async (): Promise<LoadedWorld> => {
    // The wizard keeps unsaved choices in sessionStorage per org: a new world starts without them.
    sessionStorage.clear();
    const world = createMockWorld(options);
    const props = (await options.prepare?.(world)) ?? {};
    for (const { route, rule } of options.faults ?? []) {
      if (route) world.app.faults.setRoute(route, rule);
      else world.app.faults.setGlobal(rule);
    }
    return { world, props };
  };
}

/** A request that never answers while the story is open: the widget's loading state, for real. */
export const NEVER_ANSWERS: FaultRule = { latencyMs: 2_000_000_000 };
/** The service is down: every matching request answers 503 with Retry-After. */
export const OUTAGE: FaultRule = { forceStatus: 503, retryAfterSeconds: 30 };
/** The connection drops without an answer (offline, a proxy cut it). */
export const DROPPED: FaultRule = { drop: true };
