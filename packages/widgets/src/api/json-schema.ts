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
export const ANNOTATIONS: ReadonlySet<string> = new Set(
  'title description example examples default deprecated readOnly writeOnly $comment'.split(' '),
);

/**
 * Each keyword this validator checks, with the kind of value it takes (`typeof`, or `array`); a
 * schema giving another kind is refused like an unknown keyword.
 */
const KINDS: Record<string, string> = {
  type: 'string',
  enum: 'array',
  const: '',
  minLength: 'number',
  maxLength: 'number',
  pattern: 'string',
  format: 'string',
  minimum: 'number',
  maximum: 'number',
  minItems: 'number',
  maxItems: 'number',
  uniqueItems: 'boolean',
  items: '',
  properties: 'object',
  required: 'array',
  additionalProperties: '',
};

/** Keywords this validator checks. */
export const KEYWORDS: ReadonlySet<string> = new Set(Object.keys(KINDS));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON types, each with its test. */
const TYPES: Record<string, (value: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (value) => typeof value === 'string',
  integer: Number.isInteger,
  number: Number.isFinite,
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
};

/** zod's e-mail rule (zod 4's `z.email()` default), which the contract's zod schemas and the mock apply. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const FORMATS: Record<string, RegExp> = { email: EMAIL };

const hasOwn = (object: object, key: string) => Object.hasOwn(object, key);
const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/** Deep equality of JSON values (for `enum`, `const` and `uniqueItems`). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || Array.isArray(a) !== Array.isArray(b))
    return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

type Check = (value: unknown, path: string, issues: SchemaIssue[]) => void;

function compileNode(schema: JsonSchema | boolean, at: string): Check {
  if (schema === true) return () => {};
  if (schema === false) return (_, path, issues) => void issues.push({ path, code: 'type', bound: 'never' });
  if (!isObject(schema)) throw new UnsupportedSchemaError('(schema)', at, ' that is not an object');
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const kind = hasOwn(KINDS, keyword) ? KINDS[keyword] : undefined;
    if (kind === undefined) throw new UnsupportedSchemaError(keyword, at);
    if (kind && (kind === 'array' ? !Array.isArray(value) : typeof value !== kind))
      throw new UnsupportedSchemaError(keyword, at, ` with ${JSON.stringify(value)}`);
  }
  const {
    type,
    enum: allowed,
    minLength,
    maxLength,
    pattern,
    minimum,
    maximum,
    minItems,
    maxItems,
    uniqueItems,
    properties = {},
    required = [],
    additionalProperties: additional,
  } = schema as JsonSchema & { type?: string; enum?: unknown[]; required?: unknown[] };
  const hasConst = hasOwn(schema, 'const');
  const typeCheck = type !== undefined && hasOwn(TYPES, type) ? TYPES[type] : undefined;
  if (type !== undefined && !typeCheck) throw new UnsupportedSchemaError('type', at, ` "${type}"`);
  const regex = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  const format = schema.format;
  const formatRule = format !== undefined && hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (format !== undefined && !formatRule) throw new UnsupportedSchemaError('format', at, ` "${format}"`);
  const items = schema.items === undefined ? undefined : compileNode(schema.items, join(at, '[]'));
  if (required.some((name) => typeof name !== 'string'))
    throw new UnsupportedSchemaError('required', at, ' not a list of names');
  const declared = Object.keys(properties).map(
    (name) => [name, compileNode(properties[name] as JsonSchema, join(at, name))] as const,
  );
  const requiredSet = new Set(required as string[]);
  const undeclaredRequired = (required as string[]).filter((name) => !hasOwn(properties, name));
  const additionalCheck =
    additional === undefined || additional === true
      ? undefined
      : additional && compileNode(additional, join(at, '*'));

  return (value, path, issues) => {
    const issue = (code: SchemaIssueCode, bound?: unknown, at = path) =>
      void issues.push(bound === undefined ? { path: at, code } : { path: at, code, bound });
    if (typeCheck && !typeCheck(value)) return issue('type', type);
    if (allowed && !allowed.some((option) => same(option, value))) issue('enum', allowed);
    if (hasConst && !same(schema.const, value)) issue('const', schema.const);
    if (typeof value === 'string') {
      // In code points, as JSON Schema and zod count (a surrogate pair is one).
      const length = [...value].length;
      if (length < (minLength ?? 0)) issue('too_short', minLength);
      if (length > (maxLength ?? Infinity)) issue('too_long', maxLength);
      if (regex && !regex.test(value)) issue('pattern', pattern);
      if (formatRule && !formatRule.test(value)) issue('format', format);
    }
    if (typeof value === 'number') {
      // An integer beyond 2^53 is not held exactly: out of range, as zod says (its bound if it has one).
      const safe = type === 'integer' ? Number.MAX_SAFE_INTEGER : Infinity;
      const low = minimum ?? -safe;
      const high = maximum ?? safe;
      if (value < low) issue('minimum', low);
      if (value > high) issue('maximum', high);
    }
    if (Array.isArray(value)) {
      if (value.length < (minItems ?? 0)) issue('too_short', minItems);
      if (value.length > (maxItems ?? Infinity)) issue('too_long', maxItems);
      if (uniqueItems && value.some((item, i) => value.slice(0, i).some((earlier) => same(earlier, item))))
        issue('not_unique');
      if (items) for (const [i, item] of value.entries()) items(item, join(path, i), issues);
    }
    if (isObject(value)) {
      // In the schema's order, so issues come in the order of the form's fields (as zod gives them).
      for (const [name, check] of declared) {
        const property = hasOwn(value, name) ? value[name] : undefined;
        if (property !== undefined) check(property, join(path, name), issues);
        else if (requiredSet.has(name)) issue('required', undefined, join(path, name));
      }
      for (const name of undeclaredRequired)
        if (value[name] === undefined) issue('required', undefined, join(path, name));
      if (additionalCheck !== undefined)
        for (const name of Object.keys(value))
          if (!hasOwn(properties, name) && value[name] !== undefined) {
            if (additionalCheck) additionalCheck(value[name], join(path, name), issues);
            else issue('unknown_key', undefined, join(path, name));
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
