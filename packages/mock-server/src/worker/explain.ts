/** The one-line step that puts MSW's worker script where the page's server serves it. */
export const INIT_WORKER_STEP = 'npx onramp-mock init-worker public';

/** The in-browser mock could not start because the page's server does not serve its worker script. */
export class MockWorkerMissingError extends Error {
  override name = 'MockWorkerMissingError';
  constructor(
    readonly workerUrl: string,
    /** What was found at `workerUrl` instead: `404`, or `text/html (200)` from a single-page-app fallback. */
    readonly found: string,
    options?: ErrorOptions,
  ) {
    super(
      `The in-browser mock needs its service worker at ${workerUrl}, but the server answered ${found}. ` +
        `Copy it into the folder your server serves at the site root, once: \`${INIT_WORKER_STEP}\` ` +
        '(Vite: public/, Angular: src/, Next.js: public/; commit it, or run it before each dev server). ' +
        'If the worker is served at another path, pass it: `worker.start({ serviceWorker: { url } })`.',
      options,
    );
  }
}

const isScript = (contentType: string | null) => /\b(java|ecma)script\b/i.test(contentType ?? '');

/**
 * Why `worker.start()` failed, in the words of what to do: when the worker script is missing (404)
 * or served as something else (an HTML fallback page, hence the browser's "unsupported MIME type"),
 * a MockWorkerMissingError; otherwise the original error (no service workers here, a blocked
 * scope, …). `fetch` is injected so the rule is testable outside a browser.
 */
export async function explainWorkerFailure(
  error: unknown,
  workerUrl: string,
  fetch: (url: string) => Promise<Response> = (url) => globalThis.fetch(url),
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(workerUrl);
  } catch {
    return error;
  }
  const contentType = response.headers.get('content-type');
  await response.body?.cancel();
  if (response.ok && isScript(contentType)) return error;
  const found = response.ok
    ? `${contentType?.split(';')[0] ?? 'no content type'} (${response.status})`
    : `${response.status}`;
  return new MockWorkerMissingError(workerUrl, found, { cause: error });
}
