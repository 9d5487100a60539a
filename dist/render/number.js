// Numbers as people read them in tables, charts and reports: the framework's
// decimals, and the language's decimal mark (62.5 in English, 62,5 in French
// and Spanish). JSON and CSV keep the point and do not use these.
/** A number, or a number already written out, with the language's decimal mark. */
export function localNumber(value, lang) {
    const text = String(value);
    return lang === 'en' ? text : text.replace('.', ',');
}
/** A percent (or any value) with fixed decimals, or an em dash when there is none. */
export function formatPercent(value, decimals, lang = 'en') {
    return value === null || value === undefined ? '—' : localNumber(value.toFixed(decimals), lang);
}
/** A signed difference: +12.5, −3.0, ±0.0 (also for values that round to zero), or an em dash. */
export function formatChange(value, decimals, lang = 'en') {
    if (value === null || value === undefined)
        return '—';
    const digits = localNumber(Math.abs(value).toFixed(decimals), lang);
    if (Number(Math.abs(value).toFixed(decimals)) === 0)
        return `±${digits}`;
    return value > 0 ? `+${digits}` : `−${digits}`;
}
