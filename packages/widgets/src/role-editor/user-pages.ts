import type { User, UserList } from '@onramp/contract';
import type { ApiResult } from '../api/client.js';
import { thrownProblem } from '../base/loader.js';

export type PageLoader = (offset: number, max: number, signal: AbortSignal) => Promise<ApiResult<UserList>>;

/**
 * The users list as sparse server pages: only the pages around what is on screen are fetched, so a
 * 10,000-user org costs a few requests, never the whole list. A new query (search, filter) aborts
 * what is in flight and starts again; an answer for an older query is dropped.
 */
export class UserPages {
  private pages = new Map<number, User[]>();
  private pending = new Set<number>();
  private controller = new AbortController();
  /** `undefined` until the first page answers. */
  total: number | undefined;
  problem: ApiResult<UserList>['problem'];

  constructor(
    private readonly load: PageLoader,
    private readonly onChange: () => void,
    readonly pageSize = 50,
  ) {}

  /** Forgets everything (a new search or filter) and loads the first page. */
  reset() {
    this.controller.abort();
    this.controller = new AbortController();
    this.pages.clear();
    this.pending.clear();
    this.total = undefined;
    this.problem = undefined;
    void this.fetchPage(0);
  }

  /** The user at a row, or undefined while its page loads. */
  at(index: number): User | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Makes sure the pages holding rows `first`…`last` are loaded or loading. */
  ensure(first: number, last: number) {
    if (this.total === undefined || this.problem) return;
    const end = Math.min(last, this.total - 1);
    for (let page = Math.floor(Math.max(first, 0) / this.pageSize); page * this.pageSize <= end; page++)
      void this.fetchPage(page);
  }

  /** Puts a changed user in place (after a role or license change), wherever it is loaded. */
  replace(user: User) {
    for (const items of this.pages.values()) {
      const index = items.findIndex((item) => item.id === user.id);
      if (index >= 0) items[index] = user;
    }
    this.onChange();
  }

  /** Tries the failed page again (the "Try again" of the error state). */
  retry() {
    this.problem = undefined;
    if (this.total === undefined) this.reset();
    else this.onChange();
  }

  private async fetchPage(page: number) {
    if (this.pages.has(page) || this.pending.has(page)) return;
    this.pending.add(page);
    const { signal } = this.controller;
    let result: ApiResult<UserList>;
    try {
      result = await this.load(page * this.pageSize, this.pageSize, signal);
    } catch (error) {
      result = { problem: thrownProblem(error) }; // a client that throws: the list's error state
    }
    if (signal.aborted) return;
    this.pending.delete(page);
    if (result.problem) this.problem = result.problem;
    else {
      this.pages.set(page, result.data.items);
      this.total = result.data.totalCount;
    }
    this.onChange();
  }
}
