import type { FetchLike, FetchMiddleware } from './types.js';

/** `compose(base, a, b)` sends through `a`, then `b`, then `base`: the first layer listed is outermost. */
export function compose(base: FetchLike, ...layers: FetchMiddleware[]): FetchLike {
  return layers.reduceRight<FetchLike>((next, layer) => layer(next), base);
}

/** Method and URL of a request, the only parts of it errors and logs may show. */
export function describeRequest(request: Request): { method: string; url: string } {
  return { method: request.method, url: request.url };
}

/** A path for messages: query strings can hold e-mail addresses. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/** Frees the connection of an answer that will not be read (a retried 503, a 401 before refresh). */
export async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to free.
  }
}
