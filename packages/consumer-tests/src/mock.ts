/**
 * `npx onramp-mock` in a consumer project: the standalone mock bin of @onramp/mock-server. Virtual
 * time runs ×600 (its default is ×60) so that the RPL example's 15–60 virtual minutes are seconds.
 */
import { answers, freePort, type Service, startService } from './process.js';
import { npmEnv } from './project.js';

export async function startStandaloneMock(dir: string, registryUrl: string): Promise<Service> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  return startService(
    'start the standalone mock (npx onramp-mock)',
    'npx',
    [
      '--no-install',
      'onramp-mock',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--speed',
      '600',
      '--quiet',
    ],
    {
      cwd: dir,
      env: npmEnv(registryUrl),
      timeoutMs: 3 * 60_000,
      ready: async () => ((await answers(`${origin}/_mock/tokens`)) ? origin : undefined),
    },
  );
}
