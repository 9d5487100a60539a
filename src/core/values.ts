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
