// CSV for spreadsheets: RFC 4180 fields (quoted when they hold a comma, a
// quote or a line break; quotes doubled), and no formula injection — a text
// cell that starts with =, +, -, @, a tab or a carriage return is prefixed
// with ' (OWASP's advice), so a city called =HYPERLINK(…) stays text in
// Excel, LibreOffice and Google Sheets. Numbers c21lab computes (a negative
// difference such as -12.5) are written as numbers, unprefixed. Controls a
// terminal would act on are shown as \u001b, as on the terminal.
/** RFC 4180 quoting only: for numbers and fixed words c21lab writes itself. */
export function csvField(value) {
    if (value === null || value === undefined)
        return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
// Controls a terminal would act on (the CSV is often printed): shown as \u001b.
// Tabs and line breaks are content a spreadsheet keeps, so they stay.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Text that may come from a file: controls visible, formulas defused, then quoted. */
export function csvText(value) {
    if (value === null || value === undefined)
        return '';
    const text = String(value).replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}
/** A whole CSV document from rows of fields already escaped: commas, CRLF line ends, one at the end (RFC 4180). */
export function csvDocument(rows) {
    return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
