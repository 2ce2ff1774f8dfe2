import type { HandlerContext } from './reply.js';

/** The untyped view of a handler entry the core dispatches through (the table itself is typed). */
export interface HandlerEntry {
  change: boolean;
  handle(context: Omit<HandlerContext<never>, 'body'> & { body: unknown }): {
    status: unknown;
    body: unknown;
    headers?: Record<string, string>;
  };
}
