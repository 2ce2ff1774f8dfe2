/**
 * `@onramp/mock-server/mockServiceWorker.js` is MSW's service worker script, not a module to import:
 * serve it at the site root (`npx onramp-mock init-worker public` copies it there) or hand its path
 * to a build tool that copies it. This declaration exists so the subpath resolves everywhere.
 */
export {};
