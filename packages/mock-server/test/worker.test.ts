import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainWorkerFailure, INIT_WORKER_STEP, MockWorkerMissingError } from '../src/worker/explain.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mswWorker = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8');
const workerUrl = 'http://localhost:5173/mockServiceWorker.js';
const registrationFailed = new Error('[MSW] Failed to register the Service Worker');

/** A fetch that answers `response` for the worker's URL (injected: the rule runs outside a browser). */
const answering = (response: Response) => async (url: string) => {
  expect(url).toBe(workerUrl);
  return response;
};

describe('a missing service worker', () => {
  it('404: says where the worker was expected and the one command that puts it there', async () => {
    const error = await explainWorkerFailure(
      registrationFailed,
      workerUrl,
      answering(new Response('', { status: 404 })),
    );
    expect(error).toBeInstanceOf(MockWorkerMissingError);
    expect((error as Error).message).toContain(`at ${workerUrl}, but the server answered 404`);
    expect((error as Error).message).toContain('`npx onramp-mock init-worker public`');
    expect((error as Error).cause).toBe(registrationFailed);
  });

  it("an SPA's HTML fallback (the browser's MIME type error) is the same mistake", async () => {
    const page = new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    const error = await explainWorkerFailure(registrationFailed, workerUrl, answering(page));
    expect((error as MockWorkerMissingError).found).toBe('text/html (200)');
  });

  it('keeps the original error when the worker is served (the failure is something else)', async () => {
    const script = new Response(mswWorker, { headers: { 'content-type': 'text/javascript' } });
    expect(await explainWorkerFailure(registrationFailed, workerUrl, answering(script))).toBe(
      registrationFailed,
    );
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await explainWorkerFailure(registrationFailed, workerUrl, offline)).toBe(registrationFailed);
  });
});

describe('onramp-mock init-worker', { timeout: 60_000 }, () => {
  it('copies the worker of the msw the mock runs with into the folder, creating it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'onramp-worker-')), 'public');
    const output = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'init-worker', dir], {
      encoding: 'utf8',
    });
    expect(output).toContain(join(dir, 'mockServiceWorker.js'));
    expect(readFileSync(join(dir, 'mockServiceWorker.js'), 'utf8')).toBe(mswWorker);
    expect(INIT_WORKER_STEP).toBe('npx onramp-mock init-worker public');
  });

  it('the package ships the same worker as @onramp/mock-server/mockServiceWorker.js', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const shipped = manifest.exports['./mockServiceWorker.js'].default;
    expect(readFileSync(join(root, shipped), 'utf8')).toBe(mswWorker);
  });
});
