// RFC 4180 fields: quoted when they hold a comma, a quote or a line break
// (quotes doubled); a missing value is an empty field.
export function csvField(value) {
    if (value === null || value === undefined)
        return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
