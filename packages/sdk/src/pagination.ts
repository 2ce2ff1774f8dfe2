/** What one request for a page answers: its items, and the total when the operation reports it. */
export interface PageData<T> {
  items: T[];
  totalCount?: number | undefined;
}

/** Asks the server for the page at `offset` holding at most `max` items. */
export type FetchPage<T> = (window: { offset: number; max: number }) => Promise<PageData<T>>;

/** Page size when the caller does not choose one (the contract's lists accept it everywhere). */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * The largest page asked for: the contract says the server answers at most 1000 per page, and a
 * list without a total can only tell its end by a page shorter than asked, so never ask for more.
 */
export const MAX_PAGE_SIZE = 1000;

/**
 * One page of an offset/max list, and an async iterable over every item from here to the end
 * (openai-node's `AbstractPage`). The end is where `totalCount` says, or the first short page when
 * the operation reports no total (the wholesale lists, like the real API, do not).
 */
export class Page<T> implements AsyncIterable<T> {
  declare readonly items: T[];
  declare readonly offset: number;
  declare readonly max: number;
  declare readonly totalCount: number | undefined;
  readonly #fetchPage: FetchPage<T>;

  constructor(data: PageData<T>, window: { offset: number; max: number }, fetchPage: FetchPage<T>) {
    // A wholesale answer may leave `items` out when there are none.
    Object.assign(this, window, { items: data.items ?? [], totalCount: data.totalCount });
    this.#fetchPage = fetchPage;
  }

  hasNextPage(): boolean {
    const { length } = this.items;
    return (
      length > 0 &&
      (this.totalCount === undefined ? length >= this.max : this.offset + length < this.totalCount)
    );
  }

  /**
   * The following page, or `undefined` after the last one (an empty page after full ones only
   * says "the end": a list without a total needs it).
   */
  async nextPage(): Promise<Page<T> | undefined> {
    if (!this.hasNextPage()) return undefined;
    const window = { offset: this.offset + this.items.length, max: this.max };
    const next = new Page(await this.#fetchPage(window), window, this.#fetchPage);
    return next.items.length ? next : undefined;
  }

  /** This page, then each following one. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    for (let page: Page<T> | undefined = this; page; page = await page.nextPage()) yield page;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}

/**
 * What a `list` call returns: `await` it for the first page, or `for await` it for every item
 * across pages. Nothing is requested until one of them is used.
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  /** The first page, requested at the first use and then kept. */
  readonly #page: () => Promise<Page<T>>;

  constructor(
    fetchPage: FetchPage<T>,
    window: { offset?: number | undefined; max?: number | undefined } = {},
  ) {
    const start = {
      offset: window.offset ?? 0,
      max: Math.max(1, Math.min(window.max ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)),
    };
    let first: Promise<Page<T>> | undefined;
    this.#page = () => (first ??= (async () => new Page(await fetchPage(start), start, fetchPage))());
  }

  // biome-ignore lint/suspicious/noThenProperty: a PromiseLike is the point: `await client.customers.list()`.
  then<A = Page<T>, B = never>(
    onFulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#page().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.#page().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Page<T>> {
    return this.#page().finally(onFinally);
  }

  /** Every page, the first one included. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    yield* (await this.#page()).pages();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this.#page();
  }

  /** Every item of every page in one array (mind the size of what you list). */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this) all.push(item);
    return all;
  }
}

/** A list operation's query: filters plus the page window. */
type Windowed = { offset?: number | undefined; max?: number | undefined };

/**
 * A `list` method's whole body: splits the page window off the caller's query and asks `load` for
 * each page with the filters and that page's window. A list without `totalCount` (wholesale) ends
 * at its first short page.
 * @internal
 */
export function paged<T, Q extends Windowed>(
  query: Q | undefined,
  load: (query: Omit<Q, 'offset' | 'max'> & { offset: number; max: number }) => Promise<{
    items?: T[] | undefined;
    totalCount?: number | undefined;
  }>,
): PagePromise<T> {
  const { offset, max, ...filters } = query ?? ({} as Q);
  return new PagePromise((window) => load({ ...filters, ...window }) as Promise<PageData<T>>, {
    offset,
    max,
  });
}
