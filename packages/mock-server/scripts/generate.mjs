// @ts-check
// `pnpm generate`: regenerate the committed test code, the types of a client generated from Webex's
// published wholesale description (see reference-client.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceTypesUrl, renderReferenceTypes } from './reference-client.mjs';

const file = fileURLToPath(referenceTypesUrl);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, await renderReferenceTypes());
console.log(`wrote ${file}`);
