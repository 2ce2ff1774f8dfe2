import { type ContractDocument, resolveRef } from './contract.js';

/**
 * A request body's JSON Schema from the contract, compiled once into a check that reads the parsed
 * body in place: no copy, no issue objects. It answers only **"surely valid"** (`true`) or "not
 * sure" (`false`): the core then runs the contract package's zod schema as before, which stays the
 * only source of error details and the judge of every body the check is not sure about.
 *
 * "Surely valid" means zod accepts the body and returns an equal value, keys in the same order (its
 * output copy is what the handlers would have received). So the check is conservative wherever the
 * JSON Schema and zod could differ: a key the schema does not declare (zod strips it), keys out of
 * the schema's order (zod's output follows its shape), a `format` (zod's e-mail rule is its own),
 * `default`s, `oneOf`/`anyOf`/`allOf`, duplicate items under `uniqueItems`, and any keyword it does
 * not know: all "not sure". Lengths are UTF-16 lengths, as zod counts them. `fast-validate.test.ts`
 * holds it to zod on generated bodies of every operation.
 *
 * Why: zod's safeParse allocated ~2.5 kB per create (the largest allocator of the create POST);
 * the garbage and its collection were ~10 µs of server CPU per create (issue #4, decisions/0012).
 */
export type FastCheck = (value: unknown) => boolean;

type Schema = Record<string, unknown>;

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'writeOnly',
  'readOnly',
  'deprecated',
  '$comment',
]);

const NOT_SURE: FastCheck = () => false;
const hasOwn = Object.prototype.hasOwnProperty;

/** Compiles a schema (or a `$ref` to one) of the same document: what the checks of containers use. */
type Compile = (schema: unknown) => FastCheck;

export function compileFastCheck(document: ContractDocument, schema: unknown): FastCheck {
  const compiled = new Map<unknown, FastCheck>();
  const compile: Compile = (input) => {
    const node = resolveRef(document, input) as Schema;
    const known = compiled.get(node);
    if (known) return known;
    // Recursive schemas: the slot is filled before the children are compiled.
    let check: FastCheck = NOT_SURE;
    compiled.set(node, (value) => check(value));
    check = buildCheck(node, compile, document);
    compiled.set(node, check);
    return check;
  };
  return compile(schema);
}

/** One schema node's check: "not sure" for any keyword its type's check does not implement. */
function buildCheck(node: Schema, compile: Compile, document: ContractDocument): FastCheck {
  if (typeof node !== 'object' || node === null) return NOT_SURE;
  for (const keyword of Object.keys(node)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (!SUPPORTED[String(node.type)]?.has(keyword)) return NOT_SURE;
  }
  const checks = valueChecks(node);
  switch (node.type) {
    case 'string':
      return all(stringCheck(node), checks);
    case 'integer':
    case 'number':
      return all(numberCheck(node), checks);
    case 'boolean':
      return all((value) => typeof value === 'boolean', checks);
    case 'array':
      return all(arrayCheck(node, compile), checks);
    case 'object':
      return all(objectCheck(node, compile, document), checks);
    default:
      return NOT_SURE;
  }
}

/** `enum` and `const`, whatever the type. */
function valueChecks(node: Schema): FastCheck[] {
  const checks: FastCheck[] = [];
  if (node.enum !== undefined) {
    const allowed = node.enum as unknown[];
    checks.push((value) => allowed.includes(value));
  }
  if (hasOwn.call(node, 'const')) {
    const constant = node.const;
    checks.push((value) => value === constant);
  }
  return checks;
}

function stringCheck(node: Schema): FastCheck {
  const min = typeof node.minLength === 'number' ? node.minLength : 0;
  const max = typeof node.maxLength === 'number' ? node.maxLength : Number.POSITIVE_INFINITY;
  const pattern = typeof node.pattern === 'string' ? new RegExp(node.pattern) : undefined;
  return (value) =>
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    (pattern === undefined || pattern.test(value));
}

function numberCheck(node: Schema): FastCheck {
  const integer = node.type === 'integer';
  const min = typeof node.minimum === 'number' ? node.minimum : Number.NEGATIVE_INFINITY;
  const max = typeof node.maximum === 'number' ? node.maximum : Number.POSITIVE_INFINITY;
  return (value) =>
    typeof value === 'number' &&
    (integer ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
    value >= min &&
    value <= max;
}

function arrayCheck(node: Schema, compile: Compile): FastCheck {
  const item = node.items === undefined ? undefined : compile(node.items);
  if (!item) return NOT_SURE;
  const min = typeof node.minItems === 'number' ? node.minItems : 0;
  const max = typeof node.maxItems === 'number' ? node.maxItems : Number.POSITIVE_INFINITY;
  const unique = node.uniqueItems === true;
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i++) {
      if (!item(value[i])) return false;
      // Duplicates: zod may accept what the JSON Schema refuses; let it decide.
      if (unique && i > 0 && value.indexOf(value[i]) !== i) return false;
    }
    return true;
  };
}

function objectCheck(node: Schema, compile: Compile, document: ContractDocument): FastCheck {
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  const names = Object.keys(properties);
  const order = new Map(names.map((name, i) => [name, i]));
  const checks = names.map((name) => compile(properties[name]));
  const required = new Set((node.required ?? []) as string[]);
  // Keys are declared ones only (see below), so counting them is the JSON Schema's rule.
  const minProperties = typeof node.minProperties === 'number' ? node.minProperties : 0;
  // A missing property whose schema has a default: zod would fill it in.
  const defaults = names.filter((name) => {
    const property = resolveRef(document, properties[name]) as Schema;
    return typeof property === 'object' && property !== null && hasOwn.call(property, 'default');
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    let last = -1;
    let present = 0;
    let count = 0;
    for (const key in value) {
      count++;
      const at = order.get(key);
      // An undeclared key (zod strips it) or one out of the schema's order (zod reorders).
      if (at === undefined || at < last) return false;
      last = at;
      const property = (value as Record<string, unknown>)[key];
      // zod treats an explicit `undefined` like a missing key; JSON has none anyway.
      if (property === undefined || !(checks[at] as FastCheck)(property)) return false;
      if (required.has(key)) present++;
    }
    if (present !== required.size || count < minProperties) return false;
    for (const name of defaults) if (!hasOwn.call(value, name)) return false;
    return true;
  };
}

function all(first: FastCheck, rest: FastCheck[]): FastCheck {
  if (rest.length === 0) return first;
  return (value) => first(value) && rest.every((check) => check(value));
}

/** The keywords each type's check implements (anything else makes it "not sure"). */
const SUPPORTED: Record<string, Set<string>> = {
  string: new Set(['type', 'minLength', 'maxLength', 'pattern', 'enum', 'const']),
  integer: new Set(['type', 'minimum', 'maximum', 'enum', 'const']),
  number: new Set(['type', 'minimum', 'maximum', 'enum', 'const']),
  boolean: new Set(['type', 'enum', 'const']),
  array: new Set(['type', 'items', 'minItems', 'maxItems', 'uniqueItems']),
  object: new Set(['type', 'properties', 'required', 'additionalProperties', 'minProperties']),
};
