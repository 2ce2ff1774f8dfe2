import { expectContractResponse } from './contract-validator.js';

/** Test-only: answers are validated against the contract first, then read loosely by the asserts. */
// biome-ignore lint/suspicious/noExplicitAny: the contract validator has already checked the shape
type Loose = any;

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A tiny fetch wrapper that validates every answer against the contract. */
// `globalThis.fetch` is read at call time: MSW replaces it only when the server starts listening.
export function createClient(
  baseUrl: string,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
) {
  return async function call(
    method: string,
    pattern: string,
    options: {
      path?: string;
      token?: string | null;
      body?: unknown;
      rawBody?: string;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Answer & { json: Loose }> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? 'partner-full-admin' : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let payload: string | undefined = options.rawBody;
    if (options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetchImpl(`${baseUrl}${options.path ?? pattern}`, {
      method,
      headers,
      body: payload,
    });
    const text = await response.text();
    const body = text ? JSON.parse(text) : undefined;
    expectContractResponse(pattern, method, response.status, body);
    return { status: response.status, headers: response.headers, body, json: body };
  };
}
