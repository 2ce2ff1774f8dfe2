/**
 * `@onramp/contract/openapi.yaml` is the contract's root YAML file (its `$ref`s point into
 * `openapi/`, shipped beside it), not a JavaScript module: resolve its path and read it, e.g.
 * `fileURLToPath(import.meta.resolve('@onramp/contract/openapi.yaml'))`, or give it to a tool
 * (Redocly, openapi-typescript, Prism). `@onramp/contract/openapi.json` is the same contract
 * bundled into one JSON document. This declaration exists so that the subpath resolves under
 * every module resolution.
 */
export {};
