// A date is a real calendar date written YYYY-MM-DD. YAML 1.2 (what c21lab
// reads) keeps an unquoted 2026-05-14 as text, so quoted and unquoted dates
// are checked the same way; 2026-02-30 and 0000-01-01 are refused with the reason.
import type { ValidateKey } from '../../../i18n/validate.js';
import { parseTypedDate } from '../../values.js';
import { phrase, type Phrase } from '../phrase.js';

export interface DateProblem {
  key: Extract<ValidateKey, 'dateFormat' | 'dateNotReal' | 'dateBadMonth' | 'dateYearZero'>;
  params: Record<string, string | number>;
}

export { daysInMonth } from '../../values.js';

/** Why a text is not a valid date, or undefined when it is one (the one reading: core/values.ts). */
export function dateProblem(text: string): DateProblem | undefined {
  const d = parseTypedDate(text);
  if (d.ok) return undefined;
  switch (d.reason) {
    case 'format': return { key: 'dateFormat', params: {} };
    case 'yearZero': return { key: 'dateYearZero', params: {} };
    case 'badMonth': return { key: 'dateBadMonth', params: { month: d.month } };
    case 'notReal': return { key: 'dateNotReal', params: { month: d.month, year: d.year, days: d.days } };
  }
}

/**
 * Why a typed text is not a valid date, as the phrase every door words it with (the file's `date:` in
 * validate, `init --date` and its prompt); undefined for a valid date. The month's name ("February",
 * "février") is worded with the message, from the runtime's locale data.
 */
export function datePhrase(text: string): Phrase | undefined {
  const problem = dateProblem(text);
  if (!problem) return undefined;
  const monthName = problem.key === 'dateNotReal' ? { month: Number(problem.params.month) } : '';
  return phrase(problem.key, { ...problem.params, monthName, found: JSON.stringify(text) });
}
