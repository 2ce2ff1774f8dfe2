#!/usr/bin/env node
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createMockApp, type MockState } from './core/app.js';
import { createClock } from './core/clock.js';
import { startMockServer } from './node/server.js';
import { isScenarioName, SCENARIOS } from './store/scenarios.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'default' },
    speed: { type: 'string', default: '60' },
    state: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`onramp-mock [--port 4010] [--host 127.0.0.1] [--scenario ${Object.keys(SCENARIOS).join('|')}]
            [--speed 60] [--state FILE] [--quiet]`);
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

// A state file written by an earlier run: its scenario, virtual time and every record.
const stateFile = values.state;
const saved: MockState | undefined =
  stateFile && existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as MockState) : undefined;
const app = createMockApp({
  scenario: saved?.scenario ?? values.scenario,
  clock: createClock({ speed, ...(saved ? { start: saved.now } : {}) }),
});
if (saved) app.importState(saved);

function save(): void {
  if (!stateFile) return;
  // Write then rename: a crash mid-write never leaves half a file.
  writeFileSync(`${stateFile}.tmp`, JSON.stringify(app.exportState()));
  renameSync(`${stateFile}.tmp`, stateFile);
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
