/**
 * A minimal, valid PDF 1.4 writer: one US-letter page of Helvetica text lines. Enough for the
 * order summary (DOMAIN §1.2 step 5) with no dependency. Characters outside printable ASCII are
 * written as `?` (the standard Type 1 font has no Unicode mapping).
 */
export function createPdf(title: string, lines: readonly string[]): Uint8Array {
  const text = (value: string) => value.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
  const body = [
    'BT',
    '/F1 16 Tf',
    '72 740 Td',
    `(${text(title)}) Tj`,
    '/F1 11 Tf',
    '15 TL',
    'T* T*',
    ...lines.map((line) => `(${text(line)}) Tj T*`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${body.length} >>\nstream\n${body}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title (${text(title)}) /Producer (Onramp mock server) >>`,
  ];
  // A binary comment after the header tells tools the file is binary (PDF 1.4, §7.5.2).
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: one byte per character, so the offsets above are byte offsets.
  return Uint8Array.from(out, (char) => char.charCodeAt(0));
}
