// CSV for spreadsheets: RFC 4180 fields (quoted when they hold a comma, a
// quote or a line break; quotes doubled), and no formula injection — a text
// cell that starts with =, +, -, @, a tab or a carriage return is prefixed
// with ' (OWASP's advice), so a city called =HYPERLINK(…) stays text in
// Excel, LibreOffice and Google Sheets. Numbers c21lab computes (a negative
// difference such as -12.5) are written as numbers, unprefixed.

/** RFC 4180 quoting only: for numbers and fixed words c21lab writes itself. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text that may come from a file: defused, then quoted. */
export function csvText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}
