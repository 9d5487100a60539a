import { formatPercent as fixedPoint } from '../number.js';
import { csvField } from '../csv.js';
export const CSV_COLUMNS = [
    'file', 'label', 'city', 'date', 'framework', 'commitment', 'title', 'mean', 'percent', 'band', 'band_label',
    'scored', 'na', 'not_scored', 'total', 'votes_n', 'votes_min', 'votes_max', 'votes_sd', 'benchmark', 'difference',
];
/** Each file's percents with its framework's decimals. */
export function scoreCsv(results) {
    const num = (v, d) => (v === null ? '' : v.toFixed(d));
    const rows = [[...CSV_COLUMNS]];
    for (const r of results) {
        const decimals = r.scale.decimals;
        for (const c of r.commitments) {
            rows.push([
                r.file, r.label, r.city, r.date, r.framework, c.id, c.title, num(c.mean, 2), num(c.percent, decimals),
                c.band?.id ?? '', c.band?.label ?? '', String(c.coverage.scored), String(c.coverage.na), String(c.coverage.notScored),
                String(c.coverage.total), c.spread ? String(c.spread.n) : '', c.spread ? String(c.spread.min) : '',
                c.spread ? String(c.spread.max) : '', c.spread ? fixedPoint(c.spread.sd, 2) : '', num(c.benchmark, decimals), num(c.difference, decimals),
            ]);
        }
    }
    return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
