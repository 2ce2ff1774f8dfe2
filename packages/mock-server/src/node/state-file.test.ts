import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMockApp } from '../app/app.js';
import { createManualClock } from '../core/clock.js';
import { readStateFile, stateFileRefusal, writeStateFile } from './state-file.js';

const dir = mkdtempSync(join(tmpdir(), 'onramp-state-'));
const good = JSON.stringify(createMockApp({ clock: createManualClock() }).exportState());
const fileWith = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const problemOf = (file: string) => {
  const read = readStateFile(file);
  if (!('problem' in read)) throw new Error(`no problem found in ${file}`);
  return read.problem;
};

describe('readStateFile', () => {
  it('reads a state file the server wrote, and says "missing" on a first run', () => {
    const read = readStateFile(fileWith('good.json', good));
    expect('state' in read && read.state.scenario).toBe('default');
    expect(readStateFile(join(dir, 'none.json'))).toEqual({ missing: true });
  });

  it.each([
    ['empty', '', /^it is empty$/],
    ['blank', '  \n', /^it is empty$/],
    [
      'truncated',
      good.slice(0, Math.floor(good.length / 2)),
      /^it is cut short: its [\d,]+ characters end before the JSON does$/,
    ],
    ['{}', '{}', /not an onramp-mock state file \(no "version" or "data"\)/],
    ['a list', '[1,2]', /not an onramp-mock state file \(not an object\)/],
    ['garbage', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42]), /^it is not JSON/],
    ['text', 'hello world', /^it is not JSON/],
    [
      'another version',
      JSON.stringify({ ...JSON.parse(good), version: 2 }),
      /another version of onramp-mock \(version 2; this one reads 1\)/,
    ],
    [
      'an unknown scenario',
      JSON.stringify({ ...JSON.parse(good), scenario: 'mars' }),
      /scenario "mars" is not one/,
    ],
    [
      'a missing list',
      JSON.stringify({ ...JSON.parse(good), data: { ...JSON.parse(good).data, users: 3 } }),
      /lacks the list\(s\) users/,
    ],
  ])('names what is wrong with a file that is %s, without quoting it', (name, content, expected) => {
    const problem = problemOf(fileWith(`${name}.json`, content));
    expect(problem).toMatch(expected);
    expect(problem.length).toBeLessThan(200);
  });

  it('the refusal is one line: the file, the problem, and how to start fresh keeping the file', () => {
    const line = stateFileRefusal('/data/state.json', 'it is empty', new Date(Date.UTC(2026, 11, 7, 16, 5)));
    expect(line).not.toContain('\n');
    expect(line).toBe(
      "onramp-mock: cannot load the state file /data/state.json: it is empty. It was left as it is; to start fresh and keep it, move it aside (mv '/data/state.json' '/data/state.json.corrupt-20261207T160500Z') and start again.",
    );
  });
});

describe('writeStateFile', () => {
  it('replaces the file with the new state and leaves no temporary file', () => {
    const file = fileWith('written.json', 'old');
    const state = createMockApp({ clock: createManualClock() }).exportState();
    writeStateFile(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
