/** One record of a CSV file: its cells and its record number (1 for the header), blank ones counted. */
export interface CsvRecord {
  readonly number: number;
  readonly cells: string[];
}

/**
 * A small RFC 4180 reader: comma-separated, `"` quoting with `""` escapes, CRLF or LF line ends,
 * an optional UTF-8 byte-order mark. Blank records are skipped but still counted, so that the
 * numbers match the rows a spreadsheet shows. Returns `undefined` for an unterminated quote.
 */
export function parseCsvRecords(text: string): CsvRecord[] | undefined {
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  const end = () => {
    row.push(field);
    if (row.some((cell) => cell.trim() !== '')) records.push({ number: count + 1, cells: row });
    count++;
    row = [];
    field = '';
  };
  let count = 0;
  for (let i = 0; i < input.length; i++) {
    const char = input[i] as string;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      end();
    } else field += char;
  }
  if (quoted) return undefined;
  if (field !== '' || row.length > 0) end();
  return records;
}

/** The cells of every non-blank record (see `parseCsvRecords`). */
export function parseCsv(text: string): string[][] | undefined {
  return parseCsvRecords(text)?.map((record) => record.cells);
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
