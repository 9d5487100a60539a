import { parseTypedDate } from '../core/values.js';
export function isCountry(value) {
    return /^[A-Z]{2}$/.test(value);
}
/** A real calendar date written YYYY-MM-DD (2026-02-30 is not): the one reading, core/values.ts. */
export function isDate(value) {
    return parseTypedDate(value).ok;
}
export function today(now) {
    const p = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
/** The new file: modeline, a comment, then the fields in the order the format documents. */
export function assessmentText(modeline, comment, v, stringify) {
    const lines = [modeline, comment, '', 'c21lab: assessment/1', `framework: ${stringify(v.framework)}`, `city: ${stringify(v.city)}`];
    if (v.country)
        lines.push(`country: ${v.country}`);
    lines.push(`date: ${v.date}`, `language: ${v.language}`);
    if (v.facilitators.length) {
        lines.push('', 'facilitators:', ...v.facilitators.map((f) => `  - ${stringify(f)}`));
    }
    if (v.votes)
        lines.push('', 'settings:', '  votes: true');
    lines.push('', 'participants: []', '', 'commitments: {}', '');
    return lines.join('\n');
}
