import type { ErrorDetail } from '@onramp/contract';
import type { HandlerContext, RawBody } from './reply.js';

/** The untyped view of a handler the core dispatches through (the tables themselves are typed). */
export interface HandlerEntry {
  handle(context: Omit<HandlerContext<never>, 'body'> & { body: unknown }): {
    status: unknown;
    body: unknown;
    headers?: Record<string, string>;
    raw?: RawBody;
  };
  /**
   * The operation's business rules on a body that does not match the contract's schema: their
   * errors join the schema's (for the fields it did not name), so one 400 lists every field at fault.
   */
  rulesOnInvalidBody?(body: unknown): ErrorDetail[];
}
