// The one reading of a score a person types — on the command line (`set`),
// in a CSV typed from a paper sheet, in the walkthrough, in the room — so
// that every door accepts and refuses exactly the same things.
//
// A score is a plain decimal numeral on the framework's scale (`7`, `07`;
// a minus sign only when the scale goes below zero), or "not applicable" in
// any of the interface's languages, as the sheets and the walkthrough print
// it (`n/a`, `s.o.`…). Everything JavaScript or YAML would also read as a
// number is refused: `0x7`, `0o7`, `+5`, `5.`, `5.0`, `1e0`, `٥`, ` 5 5`.
import type { ScoreValue } from './types.js';

/**
 * "Not applicable" as people write it, compared without case and spaces at
 * the ends: English, French (`s.o.`, sans objet, is what the French sheet and
 * walkthrough print) and Spanish.
 */
export const NA_WORDS: readonly string[] = [
  'n/a', 'na', 'n.a.', 'n.a', 'not applicable',
  's.o.', 's.o', 's/o', 'sans objet', 'non applicable',
  'no aplica', 'no procede', 'no corresponde', 'no aplicable',
];

const NA = new Set(NA_WORDS);

export type TypedScore =
  | { ok: true; value: ScoreValue }
  | { ok: false; reason: 'empty' | 'notNumeral' | 'outOfScale' };

/** Reads a typed score against a scale; never throws. */
export function parseTypedScore(raw: string, scale: { min: number; max: number }): TypedScore {
  const text = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  if (text === '') return { ok: false, reason: 'empty' };
  if (NA.has(text)) return { ok: true, value: 'n/a' };
  const numeral = scale.min < 0 ? /^-?[0-9]+$/ : /^[0-9]+$/;
  if (!numeral.test(text)) return { ok: false, reason: 'notNumeral' };
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return { ok: false, reason: 'outOfScale' };
  const value = Object.is(n, -0) ? 0 : n;
  return value >= scale.min && value <= scale.max ? { ok: true, value } : { ok: false, reason: 'outOfScale' };
}

/** Whether a typed text means "not applicable". */
export function isNaWord(raw: string): boolean {
  return NA.has(raw.trim().replace(/\s+/g, ' ').toLowerCase());
}

export type TypedDate =
  | { ok: true; value: string; year: number; month: number; day: number }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'yearZero' }
  | { ok: false; reason: 'badMonth'; month: string }
  | { ok: false; reason: 'notReal'; month: string; year: number; days: number };

/** Days in a month of the proleptic Gregorian calendar (month 1–12), for any year 1–9999. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The one reading of a date a person types (`init`, the file's `date:`,
 * evidence dates): a real calendar date written YYYY-MM-DD, nothing around
 * it. 2026-02-30, 2026-13-01 and 0000-01-01 are refused with the reason;
 * years 1–99 are years 1–99 (not 1901–1999, as JavaScript's Date reads them).
 */
export function parseTypedDate(text: string): TypedDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year === 0) return { ok: false, reason: 'yearZero' }; // the calendar goes from 1 BC to AD 1
  if (month < 1 || month > 12) return { ok: false, reason: 'badMonth', month: m[2]! };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, reason: 'notReal', month: m[2]!, year, days };
  return { ok: true, value: text, year, month, day };
}
