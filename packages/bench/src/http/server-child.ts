/**
 * A server in its own process (forked by ./targets.ts), so that the load generator in the parent and
 * the server under test each get a core on a 2-core machine.
 *
 *   node server-child.js mock <scenario>
 *   node server-child.js bare <fixtures.json>
 *   node server-child.js lean <scenario>     (the FINDINGS.md experiment: same core, leaner adapter)
 *
 * It answers the parent over IPC: `{ type: 'ready', port }`, then `reset` → `reset-done`, `stop`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';
import { createMockApp, type ScenarioName } from '@onramp/mock-server';
import { startMockServer } from '@onramp/mock-server/node';
import { startLeanServer } from './lean-adapter.js';

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  /** The exact body bytes, base64. */
  body: string;
}

export interface Fixtures {
  get: RecordedResponse;
  post: RecordedResponse;
}

/** Server CPU time per request between `cpu-start` and `cpu-stop` (user and system, µs). */
export interface CpuSample {
  requests: number;
  userUs: number;
  systemUs: number;
  /** Wall time of the garbage collections in the window (µs; parallel GC threads overlap it). */
  gcUs?: number;
}

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'reset-done' }
  | { type: 'cpu'; sample: CpuSample };
export type ParentMessage =
  | { type: 'reset' }
  | { type: 'stop' }
  | { type: 'cpu-start' }
  | { type: 'cpu-stop' };

let requests = 0;
let cpuStart: NodeJS.CpuUsage | undefined;
let gcUs = 0;
// The store of the mock grows with every create: its survivors make the scavenges the bare server
// never has. Their time is reported next to the CPU time to show how much of it is GC.
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcUs += entry.duration * 1000;
}).observe({ entryTypes: ['gc'] });

/** Counts requests and answers the CPU messages; the kinds below handle reset and stop. */
function track(server: Server): void {
  server.on('request', () => {
    requests++;
  });
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'cpu-start') {
      requests = 0;
      gcUs = 0;
      cpuStart = process.cpuUsage();
    } else if (message.type === 'cpu-stop') {
      const used = process.cpuUsage(cpuStart);
      send({ type: 'cpu', sample: { requests, userUs: used.user, systemUs: used.system, gcUs } });
    }
  });
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

/** The ceiling: node:http writing the mock's recorded bytes, with the same headers. */
function startBare(fixtures: Fixtures): Promise<Server> {
  const get = { ...fixtures.get, bytes: Buffer.from(fixtures.get.body, 'base64') };
  const post = { ...fixtures.post, bytes: Buffer.from(fixtures.post.body, 'base64') };
  const server = createServer((request: IncomingMessage, response) => {
    if (request.method === 'GET') {
      response.writeHead(get.status, get.headers);
      response.end(get.bytes);
      return;
    }
    // A real server reads the body before answering a create: so does the reference.
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      Buffer.concat(chunks);
      response.writeHead(post.status, post.headers);
      response.end(post.bytes);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  const [kind, argument] = process.argv.slice(2);
  if (kind === 'mock') {
    const running = await startMockServer({ port: 0, scenario: (argument ?? 'default') as ScenarioName });
    track(running.server);
    process.on('message', (message: ParentMessage) => {
      if (message.type === 'reset') {
        running.app.reset();
        send({ type: 'reset-done' });
      } else if (message.type === 'stop') {
        void running.close().then(() => process.exit(0));
      }
    });
    send({ type: 'ready', port: running.port });
    return;
  }
  if (kind === 'lean') {
    const app = createMockApp({ scenario: (argument ?? 'default') as ScenarioName });
    const server = await startLeanServer(app);
    track(server);
    process.on('message', (message: ParentMessage) => {
      if (message.type === 'reset') {
        app.reset();
        send({ type: 'reset-done' });
      } else if (message.type === 'stop') {
        server.close(() => process.exit(0));
        server.closeAllConnections();
      }
    });
    send({ type: 'ready', port: (server.address() as AddressInfo).port });
    return;
  }
  if (kind === 'bare') {
    const fixtures = JSON.parse(readFileSync(argument ?? '', 'utf8')) as Fixtures;
    const server = await startBare(fixtures);
    track(server);
    process.on('message', (message: ParentMessage) => {
      if (message.type === 'reset') send({ type: 'reset-done' });
      else if (message.type === 'stop') {
        server.close(() => process.exit(0));
        server.closeAllConnections();
      }
    });
    send({ type: 'ready', port: (server.address() as AddressInfo).port });
    return;
  }
  throw new Error(`server-child: unknown kind ${kind}`);
}

// The parent going away must not leave a server behind.
process.on('disconnect', () => process.exit(0));
await main();
