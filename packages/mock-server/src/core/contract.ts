import bundled from '@onramp/contract/openapi.json' with { type: 'json' };
import type { RouteOperation } from './router.js';

/** The few parts of an OpenAPI 3.1 document the core reads; the rest is ignored. */
export interface ParameterSchema {
  type?: string | string[];
  enum?: readonly unknown[];
  items?: ParameterSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  $ref?: string;
}

export interface ParameterSpec {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: ParameterSchema;
}

export interface ContractOperation extends RouteOperation {
  parameters: ParameterSpec[];
  hasJsonBody: boolean;
  /** The JSON request body's schema (may be a `$ref`), when it has one. */
  jsonBodySchema?: unknown;
  /** The request body's media types (`application/json`, `text/csv`), empty without a body. */
  bodyMediaTypes: string[];
  /** `security: []`: no bearer token (the e-mail links of onboarding). */
  public: boolean;
  /** The response statuses the contract documents. */
  statuses: string[];
}

export type ContractDocument = OpenApiDocument;

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export const contractDocument = bundled as unknown as OpenApiDocument;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Follows local `#/components/...` references (the bundle keeps them). */
export function resolveRef<T>(document: OpenApiDocument, value: T): T {
  let current: unknown = value;
  for (let depth = 0; depth < 16; depth++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return current as T;
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) =>
          (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        document,
      );
  }
  throw new Error(`Reference cycle at ${JSON.stringify(value)}`);
}

function resolveSchema(
  document: OpenApiDocument,
  schema: ParameterSchema | undefined,
): ParameterSchema | undefined {
  if (!schema) return undefined;
  const resolved = resolveRef(document, schema);
  return resolved.items ? { ...resolved, items: resolveSchema(document, resolved.items) } : resolved;
}

/** Every operation of the contract, with its parameters resolved: read once, at start-up. */
export function contractOperations(document: OpenApiDocument = contractDocument): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [pattern, pathItem] of Object.entries(document.paths)) {
    const item = resolveRef(document, pathItem);
    const shared = (item.parameters as ParameterSpec[] | undefined) ?? [];
    for (const method of METHODS) {
      const op = item[method] as
        | {
            operationId?: string;
            parameters?: ParameterSpec[];
            requestBody?: { content?: Record<string, unknown> };
            security?: unknown[];
            responses?: Record<string, unknown>;
          }
        | undefined;
      if (!op?.operationId) continue;
      const parameters = [...shared, ...(op.parameters ?? [])]
        .map((parameter) => resolveRef(document, parameter))
        .map((parameter) => ({ ...parameter, schema: resolveSchema(document, parameter.schema) }));
      const body = op.requestBody ? resolveRef(document, op.requestBody) : undefined;
      const json = body?.content?.['application/json'] as { schema?: unknown } | undefined;
      operations.push({
        operationId: op.operationId,
        pattern,
        method,
        parameters,
        hasJsonBody: Boolean(json),
        ...(json?.schema ? { jsonBodySchema: json.schema } : {}),
        bodyMediaTypes: Object.keys(body?.content ?? {}),
        public: Array.isArray(op.security) && op.security.length === 0,
        statuses: Object.keys(op.responses ?? {}),
      });
    }
  }
  return operations;
}
