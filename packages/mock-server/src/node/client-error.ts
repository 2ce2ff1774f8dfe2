import type { Duplex } from 'node:stream';
import { errorBody } from '../core/errors.js';

/** What Node's HTTP parser refuses, in words a client can act on; the rest is a generic 400. */
const PARSER_ERRORS: Record<string, { status: number; reason: string; description: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'too_large',
    description:
      "The request line and headers are larger than the server accepts (16 kB): shorten the path, the query or a header's value.",
  },
  HPE_INVALID_HEADER_TOKEN: {
    status: 400,
    reason: 'invalid_header',
    description:
      'A header name or value holds a character HTTP does not allow (a control character such as NUL, 0x01 or 0x7f, or a line break).',
  },
  HPE_HEADER_TIMEOUT: {
    status: 408,
    reason: 'request_timeout',
    description: 'The request headers did not arrive in time.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'request_timeout',
    description: 'The request did not arrive in time.',
  },
};
const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * The `clientError` handler of the standalone server: a request Node's parser refuses gets the
 * contract's error body (`message`, `errors[]`, `trackingId`) and a `trackingid` header, written
 * straight to the socket (there is no response object), then the connection is closed, as Node's
 * own answer does. A socket already gone, or with an answer under way, is only closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const known = PARSER_ERRORS[error.code ?? ''];
  const status = known?.status ?? 400;
  const description =
    known?.description ??
    `The request is not valid HTTP (${error.code ?? 'parse error'}): check the request line and headers.`;
  const body = errorBody(description, [{ description, reason: known?.reason ?? 'invalid_request' }]);
  const payload = JSON.stringify(body);
  socket.end(
    [
      `HTTP/1.1 ${status} ${REASON_PHRASES[status] ?? 'Bad Request'}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(payload)}`,
      `trackingid: ${body.trackingId}`,
      'connection: close',
      '',
      payload,
    ].join('\r\n'),
  );
}
