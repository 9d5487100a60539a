// A date is a real calendar date written YYYY-MM-DD. YAML 1.2 (what c21lab
// reads) keeps an unquoted 2026-05-14 as text, so quoted and unquoted dates
// are checked the same way; 2026-02-30 and 0000-01-01 are refused with the reason.
import type { ValidateKey } from '../../../i18n/validate.js';

export interface DateProblem {
  key: Extract<ValidateKey, 'dateFormat' | 'dateNotReal' | 'dateBadMonth' | 'dateYearZero'>;
  params: Record<string, string | number>;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a text is not a valid date, or undefined when it is one. */
export function dateProblem(text: string): DateProblem | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { key: 'dateFormat', params: {} };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year === 0) return { key: 'dateYearZero', params: {} }; // the calendar goes from 1 BC to AD 1
  if (month < 1 || month > 12) return { key: 'dateBadMonth', params: { month: m[2]! } };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { key: 'dateNotReal', params: { month: m[2]!, year, days } };
  return undefined;
}
