// From scored assessments to what the radar and the tables label them with.
import { basename } from 'node:path';
import type { AssessmentScore } from './score.js';
import type { Assessment, Series } from './types.js';

/** "City year" for each file; where two files would share it, the full date, then the title or file name. */
export function seriesLabels(items: readonly { file: string; assessment: Assessment }[]): string[] {
  const base = items.map(({ assessment: a }) => `${a.city} ${a.date.slice(0, 4)}`);
  return items.map(({ file, assessment: a }, i) => {
    if (base.filter((b) => b === base[i]).length === 1) return base[i] as string;
    const dated = `${a.city} ${a.date}`;
    const sameDate = items.filter((o) => `${o.assessment.city} ${o.assessment.date}` === dated).length;
    if (sameDate === 1) return dated;
    return a.title && items.filter((o) => o.assessment.title === a.title).length === 1 ? a.title : `${dated} (${basename(file)})`;
  });
}

/** The radar series of one scored assessment: the commitment percents in framework order. */
export function scoreSeries(label: string, score: AssessmentScore): Series {
  return { label, values: score.commitments.map((c) => c.percent), na: score.commitments.map((c) => c.status === 'na') };
}

/** Roles for series given by date: the latest is `current` (this LAB), the one before it `earlier`;
 *  the others none. Ties keep the later position. So one LAB has one colour in every picture. */
export function roleByDate(dates: readonly (string | null | undefined)[]): ('current' | 'earlier' | undefined)[] {
  const order = dates.map((d, i) => ({ d: d ?? '', i })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.i - b.i));
  const roles: ('current' | 'earlier' | undefined)[] = dates.map(() => undefined);
  const last = order[order.length - 1];
  const before = order[order.length - 2];
  if (last) roles[last.i] = 'current';
  if (before) roles[before.i] = 'earlier';
  return roles;
}
