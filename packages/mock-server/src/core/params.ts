import type { ErrorDetail } from '@onramp/contract';
import type { ParameterSchema, ParameterSpec } from './contract.js';

/**
 * A tiny interpreter of the parameter schemas the contract uses (string, integer, number, boolean,
 * enums, arrays of those). No ajv and no `new Function`: the in-browser mock runs under a strict CSP.
 */
export type ParamValue = string | number | boolean | Array<string | number | boolean>;

export interface ParsedParams {
  query: Record<string, ParamValue>;
  path: Record<string, string>;
}

export type ParamsResult = { ok: true; params: ParsedParams } | { ok: false; errors: ErrorDetail[] };

function typeOf(schema: ParameterSchema): string {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return type ?? 'string';
}

/** Converts one raw string to the schema's type, or explains why it cannot. */
export function coerceScalar(
  raw: string,
  schema: ParameterSchema,
  field: string,
): { value: string | number | boolean } | { error: ErrorDetail } {
  const type = typeOf(schema);
  let value: string | number | boolean = raw;
  if (type === 'integer' || type === 'number') {
    const number = Number(raw);
    const valid =
      raw.trim() !== '' && Number.isFinite(number) && (type === 'number' || Number.isInteger(number));
    if (!valid)
      return {
        error: {
          field,
          reason: 'invalid_type',
          description: `${field} must be ${type === 'integer' ? 'an integer' : 'a number'}, got "${raw}".`,
        },
      };
    if (schema.minimum !== undefined && number < schema.minimum)
      return {
        error: {
          field,
          reason: 'too_small',
          description: `${field} must be at least ${schema.minimum}, got ${number}.`,
        },
      };
    if (schema.maximum !== undefined && number > schema.maximum)
      return {
        error: {
          field,
          reason: 'too_big',
          description: `${field} must be at most ${schema.maximum}, got ${number}.`,
        },
      };
    value = number;
  } else if (type === 'boolean') {
    if (raw !== 'true' && raw !== 'false')
      return {
        error: {
          field,
          reason: 'invalid_type',
          description: `${field} must be true or false, got "${raw}".`,
        },
      };
    value = raw === 'true';
  } else if (schema.minLength !== undefined && raw.length < schema.minLength) {
    return {
      error: {
        field,
        reason: 'too_short',
        description: `${field} must be at least ${schema.minLength} character(s).`,
      },
    };
  } else if (schema.maxLength !== undefined && raw.length > schema.maxLength) {
    return {
      error: {
        field,
        reason: 'too_long',
        description: `${field} must be at most ${schema.maxLength} characters.`,
      },
    };
  }
  if (schema.enum && !schema.enum.includes(value))
    return {
      error: {
        field,
        reason: 'invalid_enum',
        description: `${field} must be one of ${schema.enum.join(', ')}, got "${raw}".`,
      },
    };
  return { value };
}

export function parseParams(
  specs: readonly ParameterSpec[],
  query: URLSearchParams,
  path: Record<string, string>,
  headers: Record<string, string> = {},
): ParamsResult {
  const errors: ErrorDetail[] = [];
  const parsed: ParsedParams = { query: {}, path: {} };
  for (const spec of specs) {
    if (spec.in === 'header') {
      // Header parameters are strings (If-Match, Idempotency-Key): only their limits are checked.
      const value = headers[spec.name.toLowerCase()];
      const result = value === undefined ? undefined : coerceScalar(value, spec.schema ?? {}, spec.name);
      if (result && 'error' in result) errors.push(result.error);
      continue;
    }
    if (spec.in !== 'query' && spec.in !== 'path') continue;
    const schema = spec.schema ?? {};
    const raws =
      spec.in === 'path'
        ? path[spec.name] === undefined
          ? []
          : [path[spec.name] as string]
        : query.getAll(spec.name);
    if (raws.length === 0) {
      if (spec.required)
        errors.push({ field: spec.name, reason: 'required', description: `${spec.name} is required.` });
      continue;
    }
    const isArray = typeOf(schema) === 'array';
    // Arrays accept both repeated (`?s=a&s=b`) and comma-separated (`?s=a,b`) forms.
    const items = isArray ? raws.flatMap((raw) => raw.split(',')) : raws.slice(-1);
    const values: Array<string | number | boolean> = [];
    for (const raw of items) {
      const result = coerceScalar(raw, isArray ? (schema.items ?? {}) : schema, spec.name);
      if ('error' in result) errors.push(result.error);
      else values.push(result.value);
    }
    if (spec.in === 'path') parsed.path[spec.name] = String(values[0] ?? '');
    else parsed.query[spec.name] = isArray ? values : (values[0] as string | number | boolean);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params: parsed };
}
