#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createMockApp, type MockState } from './app/app.js';
import { parseFaultRule } from './app/control.js';
import { createClock } from './core/clock.js';
import type { FaultRule } from './core/faults.js';
import { startMockServer } from './node/server.js';
import { readStateFile, stateFileRefusal, writeStateFile } from './node/state-file.js';
import { isScenarioName, SCENARIOS } from './store/scenarios.js';
import { initWorker } from './worker/init-worker.js';

// `onramp-mock init-worker <dir>`: the in-browser mock's service worker script, copied where the
// page's server serves it (the one documented step of `setupMockWorker`).
if (process.argv[2] === 'init-worker') {
  const dir = process.argv[3];
  if (!dir || process.argv.length > 4) {
    console.error('Usage: onramp-mock init-worker <dir>   (the folder served at the site root, e.g. public)');
    process.exit(2);
  }
  console.log(
    `Wrote ${initWorker(dir)} (the service worker setupMockWorker() registers at /mockServiceWorker.js).`,
  );
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'default' },
    speed: { type: 'string', default: '60' },
    state: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    fault: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`onramp-mock init-worker <dir>   copy the in-browser mock's service worker into <dir> (e.g. public)
onramp-mock [--port 4010] [--host 127.0.0.1] [--scenario ${Object.keys(SCENARIOS).join('|')}]
            [--speed 60] [--state FILE] [--quiet] [--fault [ROUTE=]RULE]...

  --fault  a fault rule from the start, for ROUTE (an operationId or a path pattern) or every route;
           RULE is the JSON of PUT /_mock/faults, e.g.
           --fault 'provisionWholesaleCustomer={"loseAnswer":true,"times":1}'   (switch it at run time
           with PUT/DELETE /_mock/faults)`);
  process.exit(0);
}
if (!isScenarioName(values.scenario)) {
  console.error(`Unknown scenario "${values.scenario}". Known: ${Object.keys(SCENARIOS).join(', ')}.`);
  process.exit(2);
}
const speed = Number(values.speed);
const port = Number(values.port);
if (!(speed >= 0) || !Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error('--speed must be a non-negative number and --port a port number.');
  process.exit(2);
}

/** `--fault [ROUTE=]RULE`: the route (if any) and the rule, checked like the control API checks it. */
function parseFaultOption(option: string): { route?: string; rule: FaultRule } {
  const equals = option.indexOf('=');
  const global = option.trimStart().startsWith('{') || equals === -1;
  const route = global ? undefined : option.slice(0, equals).trim();
  const text = global ? option : option.slice(equals + 1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`--fault ${option}: the rule is not JSON (e.g. --fault 'getMe={"drop":true}').`);
  }
  const rule = parseFaultRule(value);
  if (typeof rule === 'string') throw new Error(`--fault ${option}: ${rule}`);
  return route ? { route, rule } : { rule };
}
let faultOptions: { route?: string; rule: FaultRule }[];
try {
  faultOptions = values.fault.map(parseFaultOption);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

// A state file written by an earlier run: its scenario, virtual time and every record. One that
// cannot be loaded stops the server with one line saying why and how to start fresh (decisions/0032).
const stateFile = values.state;
const read = stateFile ? readStateFile(stateFile) : undefined;
if (stateFile && read && 'problem' in read) {
  console.error(stateFileRefusal(stateFile, read.problem));
  process.exit(2);
}
const saved: MockState | undefined = read && 'state' in read ? read.state : undefined;
const app = createMockApp({
  scenario: saved?.scenario ?? values.scenario,
  clock: createClock({ speed, ...(saved ? { start: saved.now } : {}) }),
});
if (stateFile && saved) {
  try {
    app.importState(saved);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.error(stateFileRefusal(stateFile, `its records cannot be loaded (${why.slice(0, 200)})`));
    process.exit(2);
  }
}
for (const { route, rule } of faultOptions) {
  if (route && !app.isRoute(route)) {
    console.error(
      `--fault ${route}=…: no operation is named or found at "${route}" (an operationId or a path pattern).`,
    );
    process.exit(2);
  }
  if (route) app.faults.setRoute(route, rule);
  else app.faults.setGlobal(rule);
}

function save(): void {
  if (stateFile) writeStateFile(stateFile, app.exportState());
}
let pending: NodeJS.Timeout | undefined;
app.onChange(() => {
  pending ??= setTimeout(() => {
    pending = undefined;
    save();
  }, 100);
});

const running = await startMockServer({
  app,
  port,
  host: values.host,
  log: values.quiet ? undefined : (line) => console.log(line),
});
const origin = running.url.slice(0, -app.basePath.length);
console.log(
  `Onramp mock server on ${running.url} (scenario ${app.scenario}, speed ×${speed}${saved ? `, state from ${stateFile}` : ''})`,
);
if (faultOptions.length)
  console.log(
    `Faults: ${faultOptions.map(({ route, rule }) => `${route ?? 'every route'} ${JSON.stringify(rule)}`).join('; ')}`,
  );
console.log(
  `Try: curl -H 'Authorization: Bearer partner-full-admin' ${running.url}/me   ·   control API: ${origin}/_mock/`,
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    clearTimeout(pending);
    save();
    void running.close().then(() => {
      console.log(`Stopped (${signal})${stateFile ? `; state saved to ${stateFile}` : ''}.`);
      process.exit(0);
    });
  });
}
