// `c21lab score --format csv`: RFC 4180 (CRLF line ends, a header row, fields
// quoted when they hold a comma, a quote or a line break; quotes doubled).
// One row per file × commitment; machine-stable English column names.
import type { ScoreFileOut } from '../../core/score-result.js';
import { formatPercent as fixedPoint } from '../number.js';
import { csvDocument, csvField, csvText } from '../escape/csv.js';

export const CSV_COLUMNS = [
  'file', 'label', 'city', 'date', 'framework', 'commitment', 'title', 'mean', 'percent', 'band', 'band_label',
  'scored', 'na', 'not_scored', 'total', 'votes_n', 'votes_min', 'votes_max', 'votes_sd', 'benchmark', 'difference',
  'status', // scored, na (every item not applicable) or not-scored
] as const;


/** Each file's percents with its framework's decimals. */
export function scoreCsv(results: readonly ScoreFileOut[]): string {
  const num = (v: number | null, d: number) => (v === null ? '' : v.toFixed(d));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const r of results) {
    const decimals = r.scale.decimals;
    for (const c of r.commitments) {
      rows.push([
        r.file, r.label, r.city, r.date, r.framework, c.id, c.title, num(c.mean, 2), num(c.percent, decimals),
        c.band?.id ?? '', c.band?.label ?? '', String(c.coverage.scored), String(c.coverage.na), String(c.coverage.notScored),
        String(c.coverage.total), c.spread ? String(c.spread.n) : '', c.spread ? String(c.spread.min) : '',
        c.spread ? String(c.spread.max) : '', c.spread ? fixedPoint(c.spread.sd, 2) : '', num(c.benchmark, decimals), num(c.difference, decimals),
        c.status,
      ]);
    }
  }
  // The first seven columns and the band's id and label are text from files: defused (see escape/csv.ts).
  const text = new Set([0, 1, 2, 3, 4, 5, 6, 9, 10]);
  return csvDocument(rows.map((row) => row.map((v, i) => (text.has(i) ? csvText(v) : csvField(v)))));
}
