import type { HandlerContext, RawBody } from './reply.js';

/** The untyped view of a handler the core dispatches through (the tables themselves are typed). */
export interface HandlerEntry {
  handle(context: Omit<HandlerContext<never>, 'body'> & { body: unknown }): {
    status: unknown;
    body: unknown;
    headers?: Record<string, string>;
    raw?: RawBody;
  };
}
