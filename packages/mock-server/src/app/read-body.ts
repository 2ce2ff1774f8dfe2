import { requestBodySchemas } from '@onramp/contract/schemas';
import { isJsonContentType, readJsonBody, validateBody } from '../core/body.js';
import { type ContractOperation, contractDocument } from '../core/contract.js';
import { errorResponse, reasonError } from '../core/errors.js';
import { compileFastCheck, type FastCheck } from '../core/fast-validate.js';
import type { RequestBodyPrint } from '../core/idempotency.js';
import type { MockRequest } from '../core/types.js';
import type { HandlerEntry } from '../handling/reply-entry.js';

/** The compiled "surely valid" check of each operation's JSON body (see fast-validate.ts). */
export function fastChecksOf(operations: readonly ContractOperation[]): Map<string, FastCheck> {
  const checks = new Map<string, FastCheck>();
  for (const operation of operations)
    if (operation.jsonBodySchema !== undefined)
      checks.set(operation.operationId, compileFastCheck(contractDocument, operation.jsonBodySchema));
  return checks;
}

/** The request body: JSON validated with the contract's zod schema, or raw text (CSV). */
export function readBody(
  request: MockRequest,
  operation: ContractOperation,
  entry: HandlerEntry,
  fastChecks: ReadonlyMap<string, FastCheck>,
) {
  if (operation.hasJsonBody) {
    const read = readJsonBody(request.headers['content-type'], request.body, request.rawBody);
    if (!read.ok)
      return errorResponse(read.status, read.errors[0]?.description ?? 'Invalid body.', read.errors);
    const schema = (requestBodySchemas as Record<string, Parameters<typeof validateBody>[0] | undefined>)[
      operation.operationId
    ];
    // A body the core parsed itself and the compiled check is sure of skips zod's copy (see
    // fast-validate.ts); a parsed body handed over by an adapter is the caller's, so zod copies it.
    const sure = request.body === undefined && fastChecks.get(operation.operationId)?.(read.value) === true;
    const valid =
      schema && !sure ? validateBody(schema, read.value) : { ok: true as const, value: read.value };
    if (!valid.ok) {
      // The operation's business rules add the fields the schema did not name (every field at fault).
      const named = new Set(valid.errors.map((error) => error.field));
      const more = entry.rulesOnInvalidBody?.(read.value).filter((error) => !named.has(error.field)) ?? [];
      return errorResponse(400, 'The request body does not match the contract.', [...valid.errors, ...more]);
    }
    return { body: valid.value, raw: undefined, parsed: read.value };
  }
  if (operation.bodyMediaTypes.length === 0) return { body: undefined, raw: undefined };
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!operation.bodyMediaTypes.includes(type) || isJsonContentType(type)) {
    const description = `Send the body as ${operation.bodyMediaTypes.join(' or ')} (got ${type ? `"${type}"` : 'no Content-Type'}).`;
    return errorResponse(415, description, [{ reason: 'unsupported_media_type', description }]);
  }
  const raw = request.rawBody ?? (typeof request.body === 'string' ? request.body : undefined);
  if (!raw?.trim()) return reasonError(400, 'required', 'A request body is required.', 'body');
  return { body: undefined, raw };
}

/**
 * The body as the idempotency store compares it: a JSON body the core parsed, as that value (see
 * RequestBodyPrint); one an adapter handed over parsed, as its text (the caller may change it); a
 * raw body (CSV) as its text.
 */
export function bodyPrint(
  request: MockRequest,
  input: { body: unknown; raw: string | undefined; parsed?: unknown },
): RequestBodyPrint {
  if (input.raw !== undefined) return { text: input.raw, json: false };
  if (request.body === undefined && input.parsed !== undefined) return { value: input.parsed, json: true };
  if (request.rawBody !== undefined) return { text: request.rawBody, json: true };
  return { text: JSON.stringify(request.body ?? input.body ?? null), json: true };
}
