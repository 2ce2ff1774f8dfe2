/** One record of a CSV file: its cells and its record number (1 for the header), blank ones counted. */
export interface CsvRecord {
  readonly number: number;
  readonly cells: string[];
}

/**
 * The separator of a CSV file: `;` when its first line has more semicolons than commas outside
 * quotes (what Excel writes where the decimal mark is a comma: most of Europe), else `,`.
 */
export function csvSeparatorOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) break;
    else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * A small RFC 4180 reader: comma-separated (or semicolon-separated, see `csvSeparatorOf`), `"`
 * quoting with `""` escapes, CRLF or LF line ends, an optional UTF-8 byte-order mark. Blank records
 * are skipped but still counted, so that the numbers match the rows a spreadsheet shows. Returns
 * `undefined` for an unterminated quote.
 */
export function parseCsvRecords(text: string): CsvRecord[] | undefined {
  const records: CsvRecord[] = [];
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const SEPARATOR = csvSeparatorOf(input) === ';' ? SEMICOLON : COMMA;
  const n = input.length;
  let row: string[] = [];
  let count = 0;
  const endRecord = () => {
    count++;
    if (row.some((cell) => cell.trim() !== '')) records.push({ number: count, cells: row });
    row = [];
  };
  // Fields are sliced, not built a character at a time: a 10,000-row file reads in milliseconds.
  let i = 0;
  while (i <= n) {
    let value = '';
    if (input.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      for (;;) {
        const close = input.indexOf('"', from);
        if (close < 0) return undefined;
        if (input.charCodeAt(close + 1) === QUOTE) {
          value += input.slice(from, close + 1);
          from = close + 2;
        } else {
          value += input.slice(from, close);
          i = close + 1;
          break;
        }
      }
    }
    let k = i;
    while (k < n) {
      const c = input.charCodeAt(k);
      if (c === SEPARATOR || c === LF || c === CR) break;
      k++;
    }
    row.push(value + input.slice(i, k));
    if (k >= n) {
      endRecord();
      break;
    }
    const c = input.charCodeAt(k);
    i = k + 1;
    if (c === SEPARATOR) continue;
    if (c === CR && input.charCodeAt(i) === LF) i++;
    endRecord();
    if (i >= n) break;
  }
  return records;
}

const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const LF = 10;
const CR = 13;

/** The cells of every non-blank record (see `parseCsvRecords`). */
export function parseCsv(text: string): string[][] | undefined {
  return parseCsvRecords(text)?.map((record) => record.cells);
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return), also behind apostrophes already there, so that the escape can be
 * undone exactly on import.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/** The cell as written to a CSV file: a leading `'` makes a would-be formula plain text. */
export const neutraliseCsvCell = (value: string) => (FORMULA.test(value) ? `'${value}` : value);

/** The value of a cell `neutraliseCsvCell` wrote (a file exported, then imported again). */
export const restoreCsvCell = (value: string) =>
  value.startsWith("'") && FORMULA.test(value) ? value.slice(1) : value;

/** A CSV file (RFC 4180, CRLF) whose cells are neutralised against formula injection. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map((cell) => quote(neutraliseCsvCell(cell))).join(',')).join('\r\n')}\r\n`;
}
