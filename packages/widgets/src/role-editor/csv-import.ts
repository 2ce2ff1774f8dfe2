import type { UserImportReport, UserImportRowError } from '@onramp/contract';
import { parseCsv, readUsersCsv, type UsersCsvFileError, usersCsvRowErrors } from '@onramp/domain';
import type { ReactiveControllerHost } from 'lit';
import type { ApiProblem } from '../api/client.js';
import type { UserAdminApi } from './role-editor-api.js';

/** The contract's limit on an import body (10 MiB). */
export const MAX_IMPORT_BYTES = 10_485_760;

/** A file-level refusal: the domain's, or the widget's size check before reading the file. */
export type ImportFileError =
  | UsersCsvFileError
  | { code: 'too_large'; columns: readonly string[]; message: string };

/**
 * The CSV import (DOMAIN §2.3) as steps: choose a file → a checked preview → apply → the result.
 * The preview first runs the domain's file and row rules here (`readUsersCsv`, `usersCsvRowErrors`,
 * the same ones the mock runs), so a malformed file is refused without uploading it; a clean file
 * then gets the server's dry run, which adds what only it knows (users, rights, licenses left).
 */
export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'invalid'; fileName: string; error: ImportFileError }
  | { step: 'preview'; fileName: string; text: string; report: UserImportReport; checkedHere: boolean }
  | { step: 'applying'; fileName: string; text: string; report: UserImportReport }
  | { step: 'done'; fileName: string; report: UserImportReport; changedMeanwhile: string[] }
  | { step: 'failed'; fileName: string; problem: ApiProblem; text?: string; report?: UserImportReport };

export interface ImportDeps {
  api(): UserAdminApi | undefined;
  /** The server applied the file: reload the list and tell the host. */
  applied(report: UserImportReport): void;
  /** Checking or applying starts (its control is about to be disabled). */
  acting?(): void;
  /** Checking or applying ended: its outcome is on screen. */
  settled?(): void;
}

export class CsvImport {
  state: ImportState = { step: 'idle' };
  template?: { rows: number } | { problem: ApiProblem };
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: ImportDeps,
  ) {}

  private set(state: ImportState) {
    this.state = state;
    this.host.requestUpdate();
    if (state.step !== 'idle' && state.step !== 'checking' && state.step !== 'applying')
      this.deps.settled?.();
  }

  reset() {
    this.run++;
    this.set({ step: 'idle' });
  }

  /** Fetches the template (the org's users with their licenses) and hands it to the browser. */
  async downloadTemplate() {
    const result = await this.deps.api()?.importTemplate();
    if (!result) return;
    if (result.problem) {
      this.template = { problem: result.problem };
    } else {
      const url = URL.createObjectURL(new Blob([result.data], { type: 'text/csv' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: 'users.csv' });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      this.template = { rows: Math.max(0, (parseCsv(result.data)?.length ?? 1) - 1) };
    }
    this.host.requestUpdate();
  }

  /** Checks a chosen or dropped file: here first, then with the server's dry run. */
  async choose(file: File) {
    const run = ++this.run;
    this.deps.acting?.();
    const fileName = file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      const message = 'The file is larger than 10 MB.';
      this.set({ step: 'invalid', fileName, error: { code: 'too_large', columns: [], message } });
      return;
    }
    this.set({ step: 'checking', fileName });
    const text = await file.text();
    if (run !== this.run) return;
    const local = localReport(text);
    if ('error' in local) return this.set({ step: 'invalid', fileName, error: local.error });
    if (local.report.counts.errors > 0)
      return this.set({ step: 'preview', fileName, text, report: local.report, checkedHere: true });
    const api = this.deps.api();
    if (!api) return;
    const result = await api.importUsers(text, true);
    if (run !== this.run) return;
    if (result.report)
      this.set({ step: 'preview', fileName, text, report: result.report, checkedHere: false });
    else this.set({ step: 'failed', fileName, problem: result.problem as ApiProblem, text });
  }

  /** Applies the previewed file; the server applies all of it or, if any row fails now, nothing. */
  async apply() {
    const { state } = this;
    const api = this.deps.api();
    if (state.step !== 'preview' || state.report.counts.errors > 0 || !api) return;
    const run = ++this.run;
    this.deps.acting?.();
    const { fileName, text } = state;
    this.set({ step: 'applying', fileName, text, report: state.report });
    const result = await api.importUsers(text, false, crypto.randomUUID());
    if (run !== this.run) return;
    if (result.data) {
      const changedMeanwhile = changedSincePreview(state.report, result.data);
      this.set({ step: 'done', fileName, report: result.data, changedMeanwhile });
      this.deps.applied(result.data);
    } else this.set({ step: 'failed', fileName, problem: result.problem, text, report: result.report });
  }

  /** After a network failure the same text can be sent again; nothing was lost. */
  async retry() {
    const { state } = this;
    if (state.step !== 'failed' || state.text === undefined) return;
    const file = new File([state.text], state.fileName, { type: 'text/csv' });
    await this.choose(file);
  }
}

/**
 * Users whose license someone else changed between the preview and the apply: the file still says
 * what they get, but the admin is told, so no concurrent change goes unnoticed.
 */
export function changedSincePreview(preview: UserImportReport, applied: UserImportReport): string[] {
  const before = new Map(preview.rows.map((row) => [row.row, row.previousLicense]));
  return applied.rows
    .filter((row) => before.has(row.row) && before.get(row.row) !== row.previousLicense)
    .map((row) => row.email ?? String(row.row));
}

/** The preview the domain's rules give without the server: the file's own errors, row by row. */
export function localReport(text: string): { report: UserImportReport } | { error: ImportFileError } {
  const file = readUsersCsv(text);
  if ('error' in file) return { error: file.error };
  const errors = usersCsvRowErrors(file.rows);
  const rows = file.rows.map((row) => {
    const found: UserImportRowError[] = (errors.get(row.number) ?? []).map((e) => ({ ...e }));
    return {
      row: row.number,
      email: row.email || null,
      outcome: found.length > 0 ? ('error' as const) : ('unchanged' as const),
      previousLicense: null,
      license: null,
      errors: found,
    };
  });
  const failing = rows.filter((row) => row.outcome === 'error').length;
  return {
    report: {
      dryRun: true,
      applied: false,
      counts: { rows: rows.length, changed: 0, unchanged: rows.length - failing, errors: failing },
      rows,
    },
  };
}
