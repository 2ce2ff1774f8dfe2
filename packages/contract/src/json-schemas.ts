/**
 * The contract's JSON request bodies as plain, dereferenced JSON Schema (2020-12, as OpenAPI 3.1
 * writes it): no `$ref`, no prose, no zod. For clients that validate in the browser with a small
 * validator of their own (the widgets' onboarding form does). Generated from the contract by
 * `pnpm --filter @onramp/contract generate`; a test fails when the committed module is stale.
 *
 * ```ts
 * import { provisionWholesaleCustomerRequestBody } from '@onramp/contract/json-schemas';
 * ```
 *
 * Import a body by its name (`<operationId>RequestBody`) to ship only that one; the
 * `requestBodyJsonSchemas` map holds them all. Other sub-schemas are written out where they are used;
 * the billing address is written once, as `billingAddressJsonSchema`, which the bodies holding it
 * reference (import it alone for its limits, e.g. a field's `maxLength`).
 */
export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  readonly properties?: { readonly [name: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  /** Any other keyword the contract may use: a validator must refuse what it does not know. */
  readonly [keyword: string]: unknown;
}

export * from '../generated/json-schemas.js';
