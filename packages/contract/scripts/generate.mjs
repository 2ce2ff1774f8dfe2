// @ts-check
// `pnpm generate`: regenerate the committed code from the contract — the types (from openapi.yaml)
// and the request bodies' JSON Schemas (from the bundle, dist/openapi.json, which the generate script
// rebuilds first).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemasUrl, renderJsonSchemas } from './json-schemas.mjs';
import { generatedUrl, renderTypes } from './openapi-types.mjs';

for (const [url, render] of /** @type {const} */ ([
  [generatedUrl, renderTypes],
  [jsonSchemasUrl, renderJsonSchemas],
])) {
  const file = fileURLToPath(url);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await render());
  console.log(`wrote ${file}`);
}
