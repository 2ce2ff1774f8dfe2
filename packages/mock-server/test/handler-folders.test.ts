import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import contract from '@onramp/contract/openapi.json' with { type: 'json' };
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const HANDLERS = fileURLToPath(new URL('../src/handlers/', import.meta.url));

type Spec = { paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>> };

/** Each operation's tag in the contract (its first one; every operation has exactly one). */
function tagsByOperation(spec: Spec): Map<string, string> {
  const tags = new Map<string, string>();
  for (const item of Object.values(spec.paths))
    for (const operation of Object.values(item))
      if (operation?.operationId && operation.tags?.[0]) tags.set(operation.operationId, operation.tags[0]);
  return tags;
}

/** `Services Setup` → `services-setup`, `Users and Admin Roles` → `users-and-admin-roles`. */
const folderOfTag = (tag: string) =>
  tag
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

interface Registration {
  operationId: string;
  /** The file that defines the registered handler. */
  file: string;
}

/**
 * Reads the handler table as it is written: every `operationId: { handle: fn }` or
 * `operationId: wrapper(…, fn, …)` entry of an object literal, with `fn` followed to the file it is
 * imported from, and every `...table` spread followed into the file that exports the table.
 */
function registrations(file: string, read: (file: string) => string, operations: Set<string>) {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const imported = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements) imported.set(element.name.text, target);
  }
  const fileOf = (name: string) => imported.get(name) ?? file;
  const found: Registration[] = [];
  const handlerIn = (value: ts.Expression): string | undefined => {
    if (ts.isObjectLiteralExpression(value)) {
      const handle = value.properties.find(
        (p): p is ts.PropertyAssignment =>
          ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'handle',
      );
      return handle && ts.isIdentifier(handle.initializer) ? handle.initializer.text : undefined;
    }
    if (ts.isCallExpression(value))
      return value.arguments.find((argument): argument is ts.Identifier => ts.isIdentifier(argument))?.text;
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node))
      for (const property of node.properties) {
        if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
          const from = imported.get(property.expression.text);
          if (from) found.push(...registrations(from, read, operations));
        } else if (
          ts.isPropertyAssignment(property) &&
          ts.isIdentifier(property.name) &&
          operations.has(property.name.text)
        ) {
          const handler = handlerIn(property.initializer);
          if (handler) found.push({ operationId: property.name.text, file: fileOf(handler) });
        }
      }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every registered handler whose file is not in the folder named for its operation's tag. */
function misplaced(root: string, found: Registration[], tags: Map<string, string>): string[] {
  return found.flatMap(({ operationId, file }) => {
    const folder = relative(root, file).split(sep)[0];
    const expected = folderOfTag(tags.get(operationId) ?? '');
    return folder === expected
      ? []
      : [`${operationId} is in handlers/${folder}/, its tag's folder is ${expected}/`];
  });
}

describe('handlers/ has one folder per contract tag', () => {
  const tags = tagsByOperation(contract as unknown as Spec);
  const operations = new Set(tags.keys());
  const read = (file: string) => readFileSync(file, 'utf8');

  it('names folders after tags', () => {
    expect(folderOfTag('Users and Admin Roles')).toBe('users-and-admin-roles');
    expect(folderOfTag('Wholesale Provisioning')).toBe('wholesale-provisioning');
  });

  it('finds every operation of the contract registered once', () => {
    const found = registrations(`${HANDLERS}index.ts`, read, operations);
    expect(found.map((r) => r.operationId).sort()).toEqual([...operations].sort());
    for (const { file } of found) expect(existsSync(file), file).toBe(true);
  });

  it("puts each handler in the folder of its operation's tag", () => {
    const found = registrations(`${HANDLERS}index.ts`, read, operations);
    expect(misplaced(HANDLERS, found, tags)).toEqual([]);
  });

  it('reports a handler imported from another folder, through a spread table as well', () => {
    const files: Record<string, string> = {
      '/h/index.ts': [
        "import { getMe } from './catalog/catalog.js';",
        "import { listCatalogCountries } from './catalog/catalog.js';",
        "import { table } from './wholesale-provisioning/index.js';",
        'export const handlers = { ...table, getMe: { handle: getMe }, listCatalogCountries: { handle: listCatalogCountries } };',
      ].join('\n'),
      '/h/wholesale-provisioning/index.ts': [
        "import { listWholesaleCustomers } from '../users-and-admin-roles/read.js';",
        'export const table = { listWholesaleCustomers: wrap(false, listWholesaleCustomers) };',
      ].join('\n'),
    };
    const fake = (file: string) => files[file] ?? '';
    const found = registrations('/h/index.ts', fake, operations);
    expect(misplaced('/h', found, tags).sort()).toEqual([
      "getMe is in handlers/catalog/, its tag's folder is organizations/",
      "listWholesaleCustomers is in handlers/users-and-admin-roles/, its tag's folder is wholesale-provisioning/",
    ]);
  });
});
