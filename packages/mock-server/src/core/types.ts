/** The core's view of a request: no `Request` object, so the standalone server pays for none. */
export interface MockRequest {
  method: string;
  /** The path below the base path (`/wholesale/customers`), without the query string. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The parsed JSON body, if the adapter parsed it; otherwise the core parses `rawBody`. */
  body?: unknown;
  rawBody?: string;
  /** `http://host:port`, for absolute `Location` headers; relative ones without it. */
  origin?: string;
}

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or `undefined` for an empty body (204, 202 without content) or a `raw` one. */
  body: unknown;
  /** A body that is not JSON (PDF, CSV); its `content-type` is in `headers`. */
  raw?: string | Uint8Array;
  /**
   * Fault injection: the adapter must destroy the connection instead of answering. `status` is 0
   * when the handler did not run (`drop`), the unsent answer's status when it did (`loseAnswer`).
   */
  drop?: boolean;
}
