import type { ErrorDetail } from '@onramp/contract';
import type { z } from 'zod/mini';
import { safeParse } from 'zod/mini';

/**
 * JSON request bodies: content type, JSON syntax, then the contract package's zod schema. Every
 * zod issue becomes one `errors[]` entry a person can read and a program can switch on.
 */
export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 415; errors: ErrorDetail[] };

export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  // What clients send nearly always: no split, no allocation.
  if (contentType === 'application/json' || contentType === 'application/json; charset=utf-8') return true;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** Reads the body the adapter handed over: already parsed (`body`) or raw text (`rawBody`). */
export function readJsonBody(
  contentType: string | undefined,
  body: unknown,
  rawBody: string | undefined,
): BodyResult {
  const empty = body === undefined && (rawBody === undefined || rawBody.trim() === '');
  if (empty) {
    return {
      ok: false,
      status: 400,
      errors: [{ reason: 'required', description: 'A JSON request body is required.' }],
    };
  }
  if (!isJsonContentType(contentType)) {
    const description = `Send the body as application/json (got ${contentType ? `"${contentType}"` : 'no Content-Type'}).`;
    return { ok: false, status: 415, errors: [{ reason: 'unsupported_media_type', description }] };
  }
  if (body !== undefined) return { ok: true, value: body };
  try {
    return { ok: true, value: JSON.parse(rawBody as string) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      status: 400,
      errors: [{ reason: 'invalid_json', description: `The body is not valid JSON: ${detail}` }],
    };
  }
}

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Maps one zod issue to the contract's error detail, with a dotted `field`. */
export function issueToError(issue: Issue, input: unknown): ErrorDetail {
  const field = issue.path.map(String).join('.') || undefined;
  const name = field ?? 'The body';
  const at = field ? { field } : {};
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined) return { ...at, reason: 'required', description: `${name} is required.` };
      return {
        ...at,
        reason: 'invalid_type',
        description: `${name} must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}, got ${describeType(actual)}.`,
      };
    }
    case 'too_big':
      return issue.origin === 'string'
        ? { ...at, reason: 'too_long', description: `${name} must be at most ${issue.maximum} characters.` }
        : { ...at, reason: 'too_big', description: `${name} must be at most ${issue.maximum}.` };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return { ...at, reason: 'required', description: `${name} must not be empty.` };
      return issue.origin === 'string'
        ? { ...at, reason: 'too_short', description: `${name} must be at least ${issue.minimum} characters.` }
        : {
            ...at,
            reason: 'too_small',
            description: `${name} must be at least ${issue.minimum}${issue.origin === 'array' ? ' item(s)' : ''}.`,
          };
    case 'invalid_value':
      return {
        ...at,
        reason: 'invalid_enum',
        description: `${name} must be one of ${issue.values.map(String).join(', ')}.`,
      };
    case 'invalid_format':
      return { ...at, reason: 'invalid_format', description: formatMessage(name, issue) };
    case 'unrecognized_keys':
      return { ...at, reason: 'unknown_field', description: `Unknown field(s): ${issue.keys.join(', ')}.` };
    default:
      return { ...at, reason: 'invalid', description: `${name}: ${issue.message}` };
  }
}

function formatMessage(name: string, issue: Extract<Issue, { code: 'invalid_format' }>): string {
  if (issue.format === 'email') return `${name} must be an email address.`;
  // The contract's own regex checks carry a human message (e.g. the ISO country code hint).
  if (issue.message && !issue.message.startsWith('Invalid')) return `${name}: ${issue.message}`;
  return `${name} has an invalid format (${issue.format}).`;
}

export function validateBody(
  schema: z.ZodMiniType,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; errors: ErrorDetail[] } {
  const result = safeParse(schema, value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => issueToError(issue, value)) };
}
