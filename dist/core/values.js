// The one reading of a score a person types — on the command line (`set`),
// in a CSV typed from a paper sheet, in the walkthrough, in the room — so
// that every door accepts and refuses exactly the same things.
//
// A score is a plain decimal numeral on the framework's scale (`7`, `07`;
// a minus sign only when the scale goes below zero), or "not applicable" in
// any of the interface's languages, as the sheets and the walkthrough print
// it (`n/a`, `s.o.`…). Everything JavaScript or YAML would also read as a
// number is refused: `0x7`, `0o7`, `+5`, `5.`, `5.0`, `1e0`, `٥`, ` 5 5`.
import { suggest } from './suggest.js';
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
    const read = plainInteger(text, scale);
    if (read === 'notNumeral') {
        const suggestion = scoreSuggestion(raw, scale);
        return { ok: false, reason: 'notNumeral', ...(suggestion !== undefined ? { suggestion } : {}) };
    }
    return read === 'outOfRange' ? { ok: false, reason: 'outOfScale' } : { ok: true, value: read };
}
/** The digits rule shared by every typed whole number: plain decimal digits, a minus only when `min` is below zero. */
function plainInteger(text, range) {
    const numeral = range.min < 0 ? /^-?[0-9]+$/ : /^[0-9]+$/;
    if (!numeral.test(text))
        return 'notNumeral';
    const n = Number(text);
    if (!Number.isSafeInteger(n))
        return 'outOfRange';
    const value = Object.is(n, -0) ? 0 : n;
    return value >= range.min && value <= range.max ? value : 'outOfRange';
}
/**
 * The one reading of a whole number a person types outside a score (`radar --width`, `panel --year`, a port):
 * the digits rule of a score, on the given range. `0x300`, `1e3`, `0b1111101000`, `+800`, `720.5` and `720.`
 * are refused, not read as JavaScript would; spaces at the ends are ignored; a full-width `７２０` is refused
 * with `720` as the suggestion.
 */
export function parseTypedInteger(raw, range) {
    const text = raw.trim();
    if (text === '')
        return { ok: false, reason: 'empty' };
    const read = plainInteger(text, range);
    if (typeof read === 'number')
        return { ok: true, value: read };
    const folded = raw.normalize('NFKC').trim();
    const near = folded !== text ? plainInteger(folded, range) : undefined;
    return { ok: false, reason: read, ...(typeof near === 'number' ? { suggestion: String(near) } : {}) };
}
/** Whether a typed text means "not applicable". */
export function isNaWord(raw) {
    return NA.has(raw.trim().replace(/\s+/g, ' ').toLowerCase());
}
/** Days in a month of the proleptic Gregorian calendar (month 1–12), for any year 1–9999. */
export function daysInMonth(year, month) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/**
 * The one reading of a date a person types (`init`, the file's `date:`,
 * evidence dates): a real calendar date written YYYY-MM-DD, nothing around
 * it. 2026-02-30, 2026-13-01 and 0000-01-01 are refused with the reason;
 * years 1–99 are years 1–99 (not 1901–1999, as JavaScript's Date reads them).
 */
export function parseTypedDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return { ok: false, reason: 'format' };
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year === 0)
        return { ok: false, reason: 'yearZero' }; // the calendar goes from 1 BC to AD 1
    if (month < 1 || month > 12)
        return { ok: false, reason: 'badMonth', month: m[2] };
    const days = daysInMonth(year, month);
    if (day < 1 || day > days)
        return { ok: false, reason: 'notReal', month: m[2], year, days };
    return { ok: true, value: text, year, month, day };
}
/**
 * The one reading of an item id a person types: the framework's id exactly
 * (`3`, `3.2`, case and all), spaces at the ends ignored where typed. Near
 * misses — `33`, `03`, a full-width `３`, ` 3 ` in a file — are refused with
 * the closest id as a suggestion; `3.9` is never read as `3`.
 */
export function parseItemId(raw, fw, scope = 'item', o = {}) {
    const text = o.verbatim ? raw : raw.trim();
    const entries = [];
    let shape = 'commitment';
    let owner;
    if (typeof scope === 'object') {
        shape = 'action';
        owner = scope.actionsOf;
        for (const a of fw.commitments.find((c) => c.id === owner)?.actions ?? [])
            entries.push({ id: a.id, commitment: owner, action: a.id });
    }
    else {
        for (const c of fw.commitments) {
            entries.push({ id: c.id, commitment: c.id });
            if (scope === 'item')
                for (const a of c.actions ?? [])
                    entries.push({ id: a.id, commitment: c.id, action: a.id });
        }
        if (scope === 'item' && entries.length > fw.commitments.length)
            shape = 'item';
    }
    const hit = text === '' ? undefined : entries.find((e) => e.id === text);
    if (hit)
        return { ok: true, ...hit };
    const ids = entries.map((e) => e.id);
    const suggestion = text === '' ? undefined : suggest(text, ids);
    return {
        ok: false,
        reason: text === '' ? 'empty' : 'unknown',
        scope: shape,
        text,
        framework: fw.id,
        ...(owner !== undefined ? { commitment: owner } : {}),
        ids,
        ...(suggestion !== undefined ? { suggestion } : {}),
    };
}
/** Participant ids: what the schema allows (`p1`, `maria`, `anon-3f2a`), and no longer than the room accepts. */
export const PARTICIPANT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const PARTICIPANT_ID_MAX = 64;
/**
 * The key two participant ids are compared by for uniqueness: their case folded, so a file cannot declare both
 * `P1` and `p1` (a person reading votes or the report's annex could not tell them apart). Each keeps the
 * spelling it was typed with; a vote names its voter exactly (`P1` is refused where `p1` is declared).
 */
export function participantKey(id) {
    return id.toLowerCase();
}
/**
 * The one reading of a participant id: letters A–Z and a–z, digits, `-` and
 * `_`, starting with a letter or digit, at most 64 characters, compared
 * exactly (`P1` is not `p1`: a case difference is refused with "did you
 * mean"). With `declared`, the id must be one of them.
 */
export function parseParticipantId(raw, declared, o = {}) {
    const text = o.verbatim ? raw : raw.trim();
    const ids = [...(declared ?? [])];
    const fail = (reason) => {
        const suggestion = text === '' || ids.length > 1000 ? undefined : suggest(text, ids);
        return { ok: false, reason, text, max: PARTICIPANT_ID_MAX, ids, ...(suggestion !== undefined ? { suggestion } : {}) };
    };
    if (text === '')
        return fail('empty');
    if (declared && ids.includes(text))
        return { ok: true, id: text };
    if ([...text].length > PARTICIPANT_ID_MAX)
        return fail('tooLong');
    if (!PARTICIPANT_ID.test(text))
        return fail('badChars');
    if (!declared)
        return { ok: true, id: text };
    return fail(ids.length === 0 ? 'noParticipants' : 'unknown');
}
/**
 * A score as the room receives it: a JSON number is read as the digits it
 * would be typed with, so the room, `set`, the CSV and the walkthrough accept
 * and refuse exactly the same values (`7.5`, `-0` off a 1–9 scale, `1e1`).
 */
export function parseScoreInput(value, scale) {
    if (typeof value === 'string')
        return parseTypedScore(value, scale);
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return parseTypedScore(String(value), scale);
    return { ok: false, reason: typeof value === 'number' ? 'notNumeral' : 'empty' };
}
/** A near miss worth naming for a refused score: `７` → `7` (full-width or other Unicode digits). */
export function scoreSuggestion(raw, scale) {
    const folded = raw.normalize('NFKC').trim();
    if (folded === raw.trim())
        return undefined;
    const parsed = parseTypedScore(folded, scale);
    return parsed.ok ? String(parsed.value) : undefined;
}
