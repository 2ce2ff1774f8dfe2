import type { ErrorResponse, operations } from '@onramp/contract';
import type { Clock } from '../core/clock.js';
import type { ParamValue } from '../core/params.js';
import type { Store } from '../store/store.js';
import type { StoredActor } from '../store/types.js';

type Responses<Op extends keyof operations> = operations[Op]['responses'];
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;

/**
 * What a handler may answer for `Op`: one of the contract's documented statuses with that status's
 * body. A body that does not match the contract's schema is a compile error.
 */
export type Reply<Op extends keyof operations> = {
  [S in keyof Responses<Op>]: { status: S; body: JsonOf<Responses<Op>[S]>; headers?: Record<string, string> };
}[keyof Responses<Op>];

export type RequestBodyOf<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : undefined;

export interface HandlerContext<Op extends keyof operations> {
  store: Store;
  clock: Clock;
  actor: StoredActor;
  query: Record<string, ParamValue>;
  path: Record<string, string>;
  /** Already validated against the contract's zod schema. */
  body: RequestBodyOf<Op>;
  /** The base URL of the API (`http://localhost:4010/v1`), for `Location`. */
  baseUrl: string;
  lifecycle: import('./wholesale/lifecycle.js').Lifecycle;
}

export type Handler<Op extends keyof operations> = (context: HandlerContext<Op>) => Reply<Op>;

/** A failure reply; every wholesale operation documents 400, 403, 404 and 409 with this body. */
export function fail<S extends 400 | 403 | 404 | 409>(
  status: S,
  reason: string,
  description: string,
  field?: string,
): { status: S; body: ErrorResponse } {
  return {
    status,
    body: {
      message: description,
      errors: [{ description, reason, ...(field ? { field } : {}) }],
      trackingId: `ONRAMP_${globalThis.crypto.randomUUID()}`,
    },
  };
}

export const intParam = (value: ParamValue | undefined, fallback: number): number =>
  typeof value === 'number' ? value : fallback;
export const stringParam = (value: ParamValue | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;
