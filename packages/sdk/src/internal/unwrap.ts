import { OnrampError } from '../errors.js';
import { requests } from './request-info.js';

interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success body of an openapi-fetch result (its `data` without the error branch's `undefined`). */
export type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;

/**
 * From openapi-fetch's `{ data } | { error }` to the ergonomic level: the data, or a typed
 * `OnrampError` thrown (STYLE habit 5: two levels of errors).
 */
export async function unwrap<R extends RawResult>(
  pending: Promise<R>,
): Promise<{ data: DataOf<R>; response: Response }> {
  const result = await pending;
  const { response } = result;
  if (!response.ok) {
    throw OnrampError.generate(response.status, result.error, response.headers, requests.get(response));
  }
  // openapi-fetch's success branch is `{ data, response }` already.
  return result as { data: DataOf<R>; response: Response };
}

/** `unwrap` when only the body matters. */
export async function dataOf<R extends RawResult>(pending: Promise<R>): Promise<DataOf<R>> {
  return (await unwrap(pending)).data;
}
