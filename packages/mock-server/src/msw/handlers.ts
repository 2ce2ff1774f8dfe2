import { type HttpHandler, http } from 'msw';
import { createRequestForwarder, type FetchAdapterOptions } from '../fetch/fetch-adapter.js';

export type CreateHandlersOptions = FetchAdapterOptions;

/** MSW handlers (for `setupServer` and `setupWorker`) that convert and call the same core. */
export function createHandlers(options: CreateHandlersOptions): HttpHandler[] {
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  const forward = createRequestForwarder(options);
  const handle = ({ request }: { request: Request }) => forward(request);
  // The contract under the base path, and the mock control API at the origin's root (`/_mock/...`).
  return [http.all(`${base.origin}${basePath}/*`, handle), http.all(`${base.origin}/_mock/*`, handle)];
}
