import type { JsonSchema } from '@onramp/contract/json-schemas';

/**
 * A small validator for the subset of JSON Schema (2020-12) the contract's request bodies use, so a
 * widget can check a body against `@onramp/contract/json-schemas` without shipping zod
 * (decisions/0011). It reports **every** issue, each with its path (`address.country`,
 * `packages.0`), a machine code and the bound that was broken.
 *
 * A keyword it does not implement is an error when the schema is compiled
 * (`UnsupportedSchemaError`), never silently skipped: a contract change that adds a rule fails
 * loudly in the tests (`json-schema.test.ts` compiles every schema a widget uses).
 *
 * Lengths are counted in code points, as JSON Schema and zod count them (an emoji is one character).
 * Where it follows the contract's zod schemas (and so the mock server's answers) rather than the
 * letter of JSON Schema, or differs from them — the differential test
 * (`json-schema.diff.test.ts`) pins each:
 * - `format: email` uses zod's e-mail rule (JSON Schema leaves the rule to the validator);
 * - an `integer` beyond ±(2^53 − 1) is out of range (`maximum`/`minimum`), as zod says;
 * - an array longer than `maxItems` gets its items checked too (zod reports only its length);
 * - a property whose value is `undefined` is treated as absent (JSON has no `undefined`; zod does so).
 * - `uniqueItems` is checked (zod's arrays do not check it: a form never sends a package twice).
 */

export type SchemaIssueCode =
  | 'required'
  | 'type'
  | 'too_short'
  | 'too_long'
  | 'pattern'
  | 'format'
  | 'enum'
  | 'const'
  | 'minimum'
  | 'maximum'
  | 'not_unique'
  | 'unknown_key';

export interface SchemaIssue {
  /** Where, as property names and array indices joined by dots; '' is the body itself. */
  path: string;
  code: SchemaIssueCode;
  /**
   * The bound that was broken: the type expected (`type`), the length or count (`too_short`,
   * `too_long`), the number (`minimum`, `maximum`), the pattern, the format, the allowed values
   * (`enum`) or the value (`const`). Absent for `required`, `not_unique` and `unknown_key`.
   */
  bound?: unknown;
}

export type Validate = (value: unknown) => SchemaIssue[];

/** A schema uses a keyword (or a value of one) this validator does not implement. */
export class UnsupportedSchemaError extends Error {
  override name = 'UnsupportedSchemaError';
  constructor(
    readonly keyword: string,
    readonly at: string,
    detail = '',
  ) {
    super(
      `JSON Schema keyword "${keyword}"${detail} at "${at || '(root)'}" is not supported by the widgets' validator`,
    );
  }
}

/** Keywords that only describe: they never make a value invalid. */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
]);

/** Keywords this validator checks. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
]);

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);

/** zod's e-mail rule (zod 4's `z.email()` default), which the contract's zod schemas and the mock apply. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const FORMATS: Record<string, (value: string) => boolean> = { email: (value) => EMAIL.test(value) };

/** A string's length in code points (a surrogate pair is one), as JSON Schema and zod count it. */
function codePoints(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

const hasOwn = (object: object, key: string) => Object.hasOwn(object, key);
const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    default:
      return isObject(value);
  }
}

/** Deep equality of JSON values (for `enum`, `const` and `uniqueItems`). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

type Check = (value: unknown, path: string, issues: SchemaIssue[]) => void;

const number = (schema: JsonSchema, keyword: string, at: string): number | undefined => {
  const value = schema[keyword];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new UnsupportedSchemaError(keyword, at, ` with a ${typeof value}`);
  return value;
};

function compileNode(schema: JsonSchema | boolean, at: string): Check {
  if (schema === true) return () => {};
  if (schema === false) return (_, path, issues) => void issues.push({ path, code: 'type', bound: 'never' });
  if (!isObject(schema)) throw new UnsupportedSchemaError('(schema)', at, ' that is not an object');
  for (const keyword of Object.keys(schema))
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) throw new UnsupportedSchemaError(keyword, at);

  const type = schema.type;
  if (type !== undefined && (typeof type !== 'string' || !TYPES.has(type)))
    throw new UnsupportedSchemaError('type', at, ` ${JSON.stringify(type)}`);
  const allowed = schema.enum;
  if (allowed !== undefined && !Array.isArray(allowed))
    throw new UnsupportedSchemaError('enum', at, ' not a list');
  const hasConst = hasOwn(schema, 'const');
  const [minLength, maxLength] = [number(schema, 'minLength', at), number(schema, 'maxLength', at)];
  const [minimum, maximum] = [number(schema, 'minimum', at), number(schema, 'maximum', at)];
  const [minItems, maxItems] = [number(schema, 'minItems', at), number(schema, 'maxItems', at)];
  const pattern = schema.pattern;
  if (pattern !== undefined && typeof pattern !== 'string') throw new UnsupportedSchemaError('pattern', at);
  const regex = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  const format = schema.format;
  const formatCheck = format === undefined ? undefined : FORMATS[format];
  if (format !== undefined && !formatCheck)
    throw new UnsupportedSchemaError('format', at, ` "${String(format)}"`);
  const unique = schema.uniqueItems;
  if (unique !== undefined && typeof unique !== 'boolean')
    throw new UnsupportedSchemaError('uniqueItems', at);
  const items = schema.items === undefined ? undefined : compileNode(schema.items, join(at, '[]'));

  const properties = schema.properties ?? {};
  if (!isObject(properties)) throw new UnsupportedSchemaError('properties', at, ' not an object');
  const declared = Object.keys(properties).map(
    (name) => [name, compileNode(properties[name] as JsonSchema, join(at, name))] as const,
  );
  const required = schema.required ?? [];
  if (!Array.isArray(required) || required.some((name) => typeof name !== 'string'))
    throw new UnsupportedSchemaError('required', at, ' not a list of names');
  const requiredSet = new Set(required);
  const undeclaredRequired = required.filter((name) => !hasOwn(properties, name));
  const additional = schema.additionalProperties;
  const additionalCheck =
    additional === undefined || additional === true
      ? undefined
      : additional === false
        ? false
        : compileNode(additional, join(at, '*'));

  return (value, path, issues) => {
    if (type !== undefined && !hasType(value, type)) {
      issues.push({ path, code: 'type', bound: type });
      return;
    }
    if (allowed && !allowed.some((option) => same(option, value)))
      issues.push({ path, code: 'enum', bound: allowed });
    if (hasConst && !same(schema.const, value)) issues.push({ path, code: 'const', bound: schema.const });
    if (typeof value === 'string') {
      const length = minLength === undefined && maxLength === undefined ? 0 : codePoints(value);
      if (minLength !== undefined && length < minLength)
        issues.push({ path, code: 'too_short', bound: minLength });
      if (maxLength !== undefined && length > maxLength)
        issues.push({ path, code: 'too_long', bound: maxLength });
      if (regex && !regex.test(value)) issues.push({ path, code: 'pattern', bound: pattern });
      if (formatCheck && !formatCheck(value)) issues.push({ path, code: 'format', bound: format });
    }
    if (typeof value === 'number') {
      // An integer beyond 2^53 is not held exactly: out of range, as zod says (its bound if it has one).
      const [low, high] = type === 'integer' ? [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] : [];
      if (minimum !== undefined && value < minimum) issues.push({ path, code: 'minimum', bound: minimum });
      else if (low !== undefined && value < low) issues.push({ path, code: 'minimum', bound: low });
      if (maximum !== undefined && value > maximum) issues.push({ path, code: 'maximum', bound: maximum });
      else if (high !== undefined && value > high) issues.push({ path, code: 'maximum', bound: high });
    }
    if (Array.isArray(value)) {
      if (minItems !== undefined && value.length < minItems)
        issues.push({ path, code: 'too_short', bound: minItems });
      if (maxItems !== undefined && value.length > maxItems)
        issues.push({ path, code: 'too_long', bound: maxItems });
      if (unique && value.some((item, i) => value.slice(0, i).some((earlier) => same(earlier, item))))
        issues.push({ path, code: 'not_unique' });
      if (items) for (const [i, item] of value.entries()) items(item, join(path, i), issues);
    }
    if (isObject(value)) {
      // In the schema's order, so issues come in the order of the form's fields (as zod gives them).
      for (const [name, check] of declared) {
        const property = hasOwn(value, name) ? value[name] : undefined;
        if (property !== undefined) check(property, join(path, name), issues);
        else if (requiredSet.has(name)) issues.push({ path: join(path, name), code: 'required' });
      }
      for (const name of undeclaredRequired)
        if (value[name] === undefined) issues.push({ path: join(path, name), code: 'required' });
      if (additionalCheck !== undefined)
        for (const name of Object.keys(value)) {
          if (hasOwn(properties, name) || value[name] === undefined) continue;
          if (additionalCheck === false) issues.push({ path: join(path, name), code: 'unknown_key' });
          else additionalCheck(value[name], join(path, name), issues);
        }
    }
  };
}

/**
 * Compiles a schema once into a check that returns every issue of a value (an empty list when it is
 * valid). Throws `UnsupportedSchemaError` for a keyword it does not implement, anywhere in the schema.
 */
export function compileSchema(schema: JsonSchema): Validate {
  const check = compileNode(schema, '');
  return (value) => {
    const issues: SchemaIssue[] = [];
    check(value, '', issues);
    return issues;
  };
}
