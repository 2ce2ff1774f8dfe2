import type { ErrorDetail, ErrorResponse, operations } from '@onramp/contract';
import type { Denied } from '@onramp/domain';
import type { Clock } from '../core/clock.js';
import { newTrackingId } from '../core/errors.js';
import type { ParamValue } from '../core/params.js';
import type { Viewer } from '../glue/actors.js';
import type { Scheduler } from '../jobs/scheduler.js';
import type { Store } from '../store/store.js';
import { denialWire } from './wire-codes.js';

type Responses<Op extends keyof operations> = operations[Op]['responses'];
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** A body that is not JSON (the order-summary PDF, the CSV template). */
export interface RawBody {
  contentType: string;
  data: string | Uint8Array;
}

/**
 * What a handler may answer for `Op`: one of the contract's documented statuses with that status's
 * body. A body that does not match the contract's schema is a compile error.
 */
export type Reply<Op extends keyof operations> = {
  [S in keyof Responses<Op>]: {
    status: S;
    body: JsonOf<Responses<Op>[S]>;
    headers?: Record<string, string>;
    raw?: RawBody;
  };
}[keyof Responses<Op>];

export type RequestBodyOf<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : undefined;

export interface HandlerContext<Op extends keyof operations> {
  store: Store;
  clock: Clock;
  /** The signed-in user; operations without security (the e-mail links) get an anonymous one. */
  viewer: Viewer;
  query: Record<string, ParamValue>;
  path: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Already validated against the contract's zod schema. */
  body: RequestBodyOf<Op>;
  /** The body as text, for non-JSON bodies (the CSV import). */
  rawBody: string | undefined;
  /** The base URL of the API (`http://localhost:4010/v1`), for `Location`. */
  baseUrl: string;
  scheduler: Scheduler;
}

export type Handler<Op extends keyof operations> = (context: HandlerContext<Op>) => Reply<Op>;

type FailStatus = 400 | 403 | 404 | 409 | 412 | 415 | 422;

/** A failure reply: the contract's error body with one detail. */
/** A refusal a rule or lookup returns instead of its value. */
export type Failure<S extends FailStatus = FailStatus> = { status: S; body: ErrorResponse };

/** Failures carry a numeric HTTP status; stored records have string statuses (or none). */
export function isFailure<V>(value: V): value is Extract<V, Failure> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    'body' in value
  );
}

export function fail<S extends FailStatus>(
  status: S,
  reason: string,
  description: string,
  field?: string,
): { status: S; body: ErrorResponse } {
  return failWith(status, description, [{ description, reason, ...(field ? { field } : {}) }]);
}

export function failWith<S extends FailStatus>(
  status: S,
  message: string,
  errors: ErrorDetail[],
): { status: S; body: ErrorResponse } {
  return { status, body: { message, errors, trackingId: newTrackingId() } };
}

/** A 403 whose reason is the domain's `DenialReason` (the contract's enum; see wire-codes.ts). */
export const forbidden = (denied: Denied) => fail(403, denialWire(denied.reason), denied.message);

export const intParam = (value: ParamValue | undefined, fallback: number): number =>
  typeof value === 'number' ? value : fallback;
export const stringParam = (value: ParamValue | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;
export const newTrackingIdForImport = newTrackingId;
export const iso = (ms: number) => new Date(ms).toISOString();
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
