// @ts-check
// `pnpm generate`: regenerate the committed types from the contract.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedUrl, renderTypes } from './openapi-types.mjs';

const file = fileURLToPath(generatedUrl);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, await renderTypes());
console.log(`wrote ${file}`);
