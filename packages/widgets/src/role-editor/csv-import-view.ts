import {
  type DenialReason,
  denialReasonValues,
  type UserImportRow,
  type UserImportRowError,
} from '@onramp/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { CsvImport, ImportFileError } from './csv-import.js';
import { reasonText, roleProblemText } from './role-problem.js';
import { licenseLabel } from './user-list.js';

// Loaded with its panel at the panel's first opening (decision 0073).
export { CsvImport } from './csv-import.js';

/** Rows shown in the preview table; the counts above it always cover the whole file. */
const SHOWN_ROWS = 100;
const denialReasons: ReadonlySet<string> = new Set(denialReasonValues);
const IMPORT_REASONS = [
  'missing_email',
  'duplicate_user',
  'invalid_boolean',
  'both_licenses',
  'user_not_found',
  'column_not_editable',
  'license_limit_reached',
  'license_not_offered',
] as const;
type ImportReason = (typeof IMPORT_REASONS)[number];

/** One row error in words: where (row and column) and what to do, in the admin's language. */
export function rowErrorText(localize: LocalizeController, error: UserImportRowError): string {
  const text = (IMPORT_REASONS as readonly string[]).includes(error.reason)
    ? localize.t(`roles.import.reason.${error.reason as ImportReason}`)
    : denialReasons.has(error.reason)
      ? reasonText(localize, error.reason as DenialReason)
      : error.message;
  return error.column
    ? localize.t('roles.import.rowError', { row: String(error.row), column: error.column, text })
    : localize.t('roles.import.rowErrorNoColumn', { row: String(error.row), text });
}

function fileErrorText(localize: LocalizeController, error: ImportFileError): string {
  const columns = error.columns.join(', ');
  if (error.code === 'unknown_columns' || error.code === 'duplicate_columns')
    return localize.t(`roles.import.fileError.${error.code}`, { columns });
  return localize.t(`roles.import.fileError.${error.code}`);
}

/**
 * The CSV import panel's contents (DOMAIN §2.3): template, file (input or drop), preview, apply,
 * result. Loaded with the importer on the first opening of the panel (`import-toggle.ts`, decision 0073).
 */
export function renderCsvImportPanel(importer: CsvImport, localize: LocalizeController) {
  return html`<p class="muted">${localize.t('roles.import.help')}</p>
      <p><button part="button" @click=${() => importer.downloadTemplate()}>${localize.t('roles.import.template')}</button>
        ${renderTemplateStatus(importer, localize)}</p>
      ${renderFilePicker(importer, localize)}
      <div aria-live="polite">${renderState(importer, localize)}</div>`;
}

function renderTemplateStatus(importer: CsvImport, localize: LocalizeController) {
  const { template } = importer;
  if (!template) return nothing;
  return 'problem' in template
    ? html`<span part="notice error" class="error" role="alert">${roleProblemText(localize, template.problem)}</span>`
    : html`<span role="status">${localize.t('roles.import.templateReady', { count: template.rows })}</span>`;
}

function renderFilePicker(importer: CsvImport, localize: LocalizeController) {
  const busy = importer.state.step === 'checking' || importer.state.step === 'applying';
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void importer.choose(file);
    input.value = '';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file && !busy) void importer.choose(file);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.add('over');
  };
  return html`<div part="dropzone" class="dropzone" @dragover=${onDragOver} @drop=${onDrop}
      @dragleave=${(event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('over')}>
    <label for="import-file">${localize.t('roles.import.file')}</label>
    <input id="import-file" type="file" accept=".csv,text/csv" ?disabled=${busy} aria-describedby="import-drop" @change=${onChange} />
    <p id="import-drop" class="muted">${localize.t('roles.import.drop')}</p>
  </div>`;
}

function renderState(importer: CsvImport, localize: LocalizeController) {
  const { state } = importer;
  switch (state.step) {
    case 'idle':
      return nothing;
    case 'checking':
      return html`<p role="status">${localize.tx('roles.import.checking', { file: state.fileName })}</p>`;
    case 'invalid':
      return html`<p part="notice error" class="error" role="alert" data-outcome tabindex="-1">${localize.tx('roles.import.invalid', { file: state.fileName })}
        ${fileErrorText(localize, state.error)}</p>`;
    case 'preview':
    case 'applying': {
      const { report } = state;
      const blocked = report.counts.errors > 0;
      const note = blocked
        ? localize.t(
            state.step === 'preview' && state.checkedHere
              ? 'roles.import.checkedHere'
              : 'roles.import.hasErrors',
          )
        : report.counts.changed === 0
          ? localize.t('roles.import.nothingToChange')
          : localize.t('roles.import.ready');
      return html`${renderCounts(localize, state.fileName, report.counts)}
        <p part="notice ${blocked ? 'error' : 'success'}" class=${blocked ? 'error' : 'success'} role=${blocked ? 'alert' : 'status'} data-outcome tabindex="-1">${note}</p>
        ${renderRows(localize, report.rows)}
        <div part="actions">
          <button part="button" @click=${() => importer.reset()}>${localize.t('common.cancel')}</button>
          <button part="button primary" ?disabled=${blocked || report.counts.changed === 0 || state.step === 'applying'}
            @click=${() => importer.apply()}>${state.step === 'applying' ? localize.t('roles.import.applying') : localize.t('roles.import.apply', { count: report.counts.changed })}</button>
        </div>`;
    }
    case 'done':
      return html`<p part="notice success" class="success" role="status" data-outcome tabindex="-1">${localize.t('roles.import.done', { count: state.report.counts.changed })}</p>
        ${
          state.changedMeanwhile.length > 0
            ? html`<p part="notice warning" class="warning" role="status">${localize.t('roles.import.changedMeanwhile', { users: state.changedMeanwhile.join(', ') })}</p>`
            : nothing
        }
        <button part="button" @click=${() => importer.reset()}>${localize.t('roles.import.another')}</button>`;
    case 'failed':
      return html`<p part="notice error" class="error" role="alert" data-outcome tabindex="-1">${localize.t('roles.import.notApplied')}
        ${roleProblemText(localize, state.problem)}</p>
        ${state.report ? renderRows(localize, state.report.rows) : nothing}
        <div part="actions">
          <button part="button" @click=${() => importer.reset()}>${localize.t('common.cancel')}</button>
          ${state.text !== undefined && state.problem.network ? html`<button part="button primary" @click=${() => importer.retry()}>${localize.t('common.retry')}</button>` : nothing}
        </div>`;
  }
}

function renderCounts(
  localize: LocalizeController,
  fileName: string,
  counts: { rows: number; changed: number; unchanged: number; errors: number },
) {
  return html`<p part="count" class="counts">${localize.tx('roles.import.counts', {
    file: fileName,
    rows: localize.t('roles.import.rows', { count: counts.rows }),
    changed: localize.formatNumber(counts.changed),
    unchanged: localize.formatNumber(counts.unchanged),
    errors: localize.formatNumber(counts.errors),
  })}</p>`;
}

/** The rows that say something: errors first, then changes; unchanged rows only count. */
function renderRows(localize: LocalizeController, rows: UserImportRow[]) {
  const telling = [
    ...rows.filter((row) => row.outcome === 'error'),
    ...rows.filter((row) => row.outcome === 'changed'),
  ];
  if (telling.length === 0) return nothing;
  const shown = telling.slice(0, SHOWN_ROWS);
  return html`<div class="preview" part="preview" tabindex="0" role="region" aria-label=${localize.t('roles.import.preview')}>
    <table>
      <thead><tr>
        <th scope="col">${localize.t('roles.import.column.row')}</th>
        <th scope="col">${localize.t('roles.import.column.user')}</th>
        <th scope="col">${localize.t('roles.import.column.result')}</th>
      </tr></thead>
      <tbody>${shown.map(
        (row) => html`<tr class=${row.outcome} data-row=${row.row}>
          <td>${localize.formatNumber(row.row)}</td>
          <td><bdi>${row.email ?? '—'}</bdi></td>
          <td>${
            row.outcome === 'error'
              ? html`<ul class="errors">${row.errors.map((error) => html`<li>${rowErrorText(localize, error)}</li>`)}</ul>`
              : localize.t('roles.import.change', {
                  from: licenseLabel(localize, row.previousLicense),
                  to: licenseLabel(localize, row.license),
                })
          }</td>
        </tr>`,
      )}</tbody>
    </table>
    ${telling.length > SHOWN_ROWS ? html`<p class="muted">${localize.t('roles.import.more', { count: telling.length - SHOWN_ROWS })}</p>` : nothing}
  </div>`;
}
