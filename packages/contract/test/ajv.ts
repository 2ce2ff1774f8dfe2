import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = (formats as unknown as { default: typeof formats.default }).default ?? formats;

/** An ajv for OpenAPI 3.1 (JSON Schema 2020-12) that tolerates OpenAPI's `example` keyword. */
export function createAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}
