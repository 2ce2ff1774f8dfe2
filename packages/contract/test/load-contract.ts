import { readFileSync } from 'node:fs';

/** The bundled contract (dist/openapi.json, built by `scripts/bundle.mjs` before the tests run). */
export type JsonSchema = { [key: string]: unknown };
export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name?: string; in?: string; $ref?: string; schema?: JsonSchema; example?: unknown }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema; example?: unknown; examples?: unknown }> };
  responses: Record<
    string,
    {
      $ref?: string;
      content?: Record<string, { schema?: JsonSchema; example?: unknown; examples?: unknown }>;
      headers?: Record<string, unknown>;
    }
  >;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    parameters: Record<string, unknown>;
  };
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'patch'] as const;

export function loadContract(): OpenApiDocument {
  return JSON.parse(readFileSync(new URL('../dist/openapi.json', import.meta.url), 'utf8'));
}

export function loadReference(): OpenApiDocument {
  return JSON.parse(
    readFileSync(new URL('../reference/webex-wholesale.subset.json', import.meta.url), 'utf8'),
  );
}

export function* operations(doc: OpenApiDocument) {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (operation) yield { path, method, operation };
    }
  }
}

/** Resolves local `$ref`s (`#/components/...`) recursively; cycles are not expected in this contract. */
export function deref<T>(doc: unknown, node: T, depth = 0): T {
  if (depth > 40) throw new Error('reference too deep (cycle?)');
  if (Array.isArray(node)) return node.map((n) => deref(doc, n, depth + 1)) as T;
  if (node && typeof node === 'object') {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>(
          (at, key) => (at as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')],
          doc,
        );
      return deref(doc, target as T, depth + 1);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, deref(doc, v, depth + 1)])) as T;
  }
  return node;
}
