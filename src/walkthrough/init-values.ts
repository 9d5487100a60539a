// `c21lab init`: the values of a new assessment, checked, and the file text.
// Pure: the command asks the questions and writes the file.
import type { Lang } from '../core/types.js';
import { parseTypedDate } from '../core/values.js';

export interface InitValues {
  city: string;
  country?: string;
  date: string;
  language: Lang;
  framework: string;
  facilitators: string[];
  votes: boolean;
}

export function isCountry(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not): the one reading, core/values.ts. */
export function isDate(value: string): boolean {
  return parseTypedDate(value).ok;
}

export function today(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The new file: modeline, a comment, then the fields in the order the format documents. */
export function assessmentText(modeline: string, comment: string, v: InitValues, stringify: (value: unknown) => string): string {
  const lines = [modeline, comment, '', 'c21lab: assessment/1', `framework: ${stringify(v.framework)}`, `city: ${stringify(v.city)}`];
  if (v.country) lines.push(`country: ${v.country}`);
  lines.push(`date: ${v.date}`, `language: ${v.language}`);
  if (v.facilitators.length) {
    lines.push('', 'facilitators:', ...v.facilitators.map((f) => `  - ${stringify(f)}`));
  }
  if (v.votes) lines.push('', 'settings:', '  votes: true');
  lines.push('', 'participants: []', '', 'commitments: {}', '');
  return lines.join('\n');
}
