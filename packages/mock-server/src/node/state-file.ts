import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MockState } from '../app/app.js';
import { isScenarioName } from '../store/scenarios.js';

/** The lists every state file's `data` holds (`SeedData`). */
const LISTS = [
  'customers',
  'subscribers',
  'subPartners',
  'orgs',
  'users',
  'grants',
  'trials',
  'orders',
  'setups',
  'outbox',
  'links',
] as const;

export type StateFileRead = { state: MockState } | { missing: true } | { problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a JSON text that does not parse, in words, without quoting the file. */
function syntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of (JSON )?input|Unterminated/i.test(message))
    return `it is cut short: its ${text.length.toLocaleString('en-US')} characters end before the JSON does`;
  const position = /position (\d+)/.exec(message)?.[1];
  return `it is not JSON${position ? ` (unexpected character at position ${position})` : ''}`;
}

/** Why a parsed value is not a state file this version of onramp-mock wrote, or undefined. */
function shapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is JSON, but not an onramp-mock state file (not an object)';
  if (value.version === undefined || value.data === undefined)
    return 'it is JSON, but not an onramp-mock state file (no "version" or "data")';
  if (value.version !== 1)
    return `it was written by another version of onramp-mock (version ${JSON.stringify(value.version)}; this one reads 1)`;
  if (typeof value.scenario !== 'string' || !isScenarioName(value.scenario))
    return `its scenario ${JSON.stringify(value.scenario)} is not one this server knows`;
  if (typeof value.now !== 'number' || !Number.isFinite(value.now))
    return 'its virtual time ("now") is not a number';
  const data = value.data;
  if (!isObject(data) || typeof data.partnerOrgId !== 'string' || !isObject(data.tokens))
    return 'its "data" is not the records of an onramp-mock world';
  const broken = LISTS.filter((name) => !Array.isArray(data[name]));
  if (broken.length) return `its "data" lacks the list(s) ${broken.join(', ')}`;
  return undefined;
}

/**
 * Reads `--state FILE`: the state, `missing` when there is no file yet (a first run), or the one
 * thing wrong with it. Never throws, and never puts the file's content in the message (a wrong path
 * may point at anything, of any size).
 */
export function readStateFile(file: string): StateFileRead {
  if (!existsSync(file)) return { missing: true };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (text.trim() === '') return { problem: 'it is empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: syntaxProblem(text, error) };
  }
  const problem = shapeProblem(value);
  return problem ? { problem } : { state: value as MockState };
}

/** `20261207T160500Z`: a time for a file name. */
export const fileTime = (date = new Date()) => date.toISOString().replace(/[-:]|\.\d+/g, '');

/**
 * The one line the CLI prints for a state file it will not load: which file, what is wrong, and how
 * to start fresh without losing it (decisions/0032: the server refuses; it renames nothing).
 */
export function stateFileRefusal(file: string, problem: string, now = new Date()): string {
  const aside = `${file}.corrupt-${fileTime(now)}`;
  return `onramp-mock: cannot load the state file ${file}: ${problem}. It was left as it is; to start fresh and keep it, move it aside (mv '${file}' '${aside}') and start again.`;
}

/**
 * Writes the state atomically: a temporary file beside it, flushed to disk, then renamed over the
 * old one (a rename is atomic on one file system), then the folder flushed so the rename lasts. A
 * crash at any instant leaves the old file or the new one, never half of one.
 */
export function writeStateFile(file: string, state: MockState): void {
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeFileSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  try {
    const folder = openSync(dirname(file), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  } catch {
    // Some file systems cannot flush a folder; the rename itself is still atomic.
  }
}
