/**
 * "Not applicable" as people write it, compared without case and spaces at
 * the ends: English, French (`s.o.`, sans objet, is what the French sheet and
 * walkthrough print) and Spanish.
 */
export const NA_WORDS = [
    'n/a', 'na', 'n.a.', 'n.a', 'not applicable',
    's.o.', 's.o', 's/o', 'sans objet', 'non applicable',
    'no aplica', 'no procede', 'no corresponde', 'no aplicable',
];
const NA = new Set(NA_WORDS);
/** Reads a typed score against a scale; never throws. */
export function parseTypedScore(raw, scale) {
    const text = raw.trim().replace(/\s+/g, ' ').toLowerCase();
    if (text === '')
        return { ok: false, reason: 'empty' };
    if (NA.has(text))
        return { ok: true, value: 'n/a' };
    const numeral = scale.min < 0 ? /^-?[0-9]+$/ : /^[0-9]+$/;
    if (!numeral.test(text))
        return { ok: false, reason: 'notNumeral' };
    const n = Number(text);
    if (!Number.isSafeInteger(n))
        return { ok: false, reason: 'outOfScale' };
    const value = Object.is(n, -0) ? 0 : n;
    return value >= scale.min && value <= scale.max ? { ok: true, value } : { ok: false, reason: 'outOfScale' };
}
/** Whether a typed text means "not applicable". */
export function isNaWord(raw) {
    return NA.has(raw.trim().replace(/\s+/g, ' ').toLowerCase());
}
