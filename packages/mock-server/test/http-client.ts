import { expect } from 'vitest';
import { expectContractResponse } from './contract-validator.js';

/** Test-only: answers are validated against the contract first, then read loosely by the asserts. */
// biome-ignore lint/suspicious/noExplicitAny: the contract validator has already checked the shape
type Loose = any;

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  /** The bytes of a non-JSON body (PDF, CSV). */
  bytes?: Uint8Array;
}

/** `METHOD pattern` of every operation that answered 2xx through a client: the coverage check. */
export const succeeded = new Set<string>();

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
      /** Report contract mismatches without stopping the test (the generated malformed cases). */
      soft?: boolean;
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
    const type = response.headers.get('content-type') ?? '';
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const isJson = type.includes('json');
    const body = isJson && text ? JSON.parse(text) : undefined;
    expect(
      isJson || bytes.length === 0 || response.status < 300,
      `${method} ${pattern} errors are JSON`,
    ).toBe(true);
    expectContractResponse(pattern, method, response.status, body, response.headers, options.soft);
    if (response.status < 300) succeeded.add(`${method.toUpperCase()} ${pattern}`);
    return {
      status: response.status,
      headers: response.headers,
      body,
      json: body,
      bytes: isJson ? undefined : bytes,
    };
  };
}
