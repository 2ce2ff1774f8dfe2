#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startMockServer } from './node/server.js';
import { isScenarioName } from './store/scenarios.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'default' },
    speed: { type: 'string', default: '60' },
    quiet: { type: 'boolean', default: false },
  },
});

if (!isScenarioName(values.scenario)) {
  console.error(`Unknown scenario "${values.scenario}".`);
  process.exit(2);
}
const running = await startMockServer({
  port: Number(values.port),
  host: values.host,
  scenario: values.scenario,
  speed: Number(values.speed),
  log: values.quiet ? undefined : (line) => console.log(line),
});
console.log(`Onramp mock server on ${running.url} (scenario ${values.scenario}, speed ×${values.speed})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
