import { formatChange, formatPercent } from '../number.js';
import { visible } from '../escape/terminal.js';
import { textTable } from '../table.js';
function coverage(c, t) {
    return `${c.scored}/${c.total}` + (c.na ? ` (${t('na', { count: c.na })})` : '');
}
function render(headers, aligns, rows, style) {
    // Titles and labels come from files: textTable makes each cell one visible line.
    return textTable(headers.map((header, i) => ({ header, align: aligns[i] ?? 'left' })), rows, { headerPaint: style.bold });
}
/** Numbers as people read them: 62.5 in English, 62,5 in French and Spanish (JSON and CSV keep the point). */
export function scoreTable(results, t, style, lang = 'en') {
    // Each block uses its own framework's decimals (r.scale.decimals).
    return results.map((r) => fileBlock(r, t, style, r.scale.decimals, lang)).join('\n\n') + '\n';
}
function fileBlock(r, t, style, dec, lang) {
    const fixed = (v, d) => formatPercent(v, d, lang);
    const signed = (v, d) => formatChange(v, d, lang);
    const bench = r.benchmark !== null;
    const headers = [t('colId'), t('colCommitment'), t('colMean'), t('colPercent'), t('colBand'), t('colCoverage'),
        t('colVotes'), t('colMin'), t('colMax'), t('colSd'), ...(bench ? [t('colBenchmark'), t('colDiff')] : [])];
    const aligns = ['right', 'left', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
    const dim = (text) => ({ text, paint: text === '—' ? style.dim : undefined });
    const rows = r.commitments.map((c) => [
        { text: c.id }, { text: c.title }, dim(fixed(c.mean, 2)), dim(fixed(c.percent, dec)), dim(c.band?.label ?? (c.status === 'na' ? t('bandNa') : '—')),
        { text: coverage(c.coverage, t) },
        dim(c.spread ? String(c.spread.n) : '—'), dim(c.spread ? String(c.spread.min) : '—'), dim(c.spread ? String(c.spread.max) : '—'),
        dim(fixed(c.spread?.sd ?? null, 2)),
        ...(bench
            ? [dim(fixed(c.benchmark, dec)), {
                    text: signed(c.difference, dec),
                    paint: c.difference === null ? style.dim : c.difference > 0 ? style.green : c.difference < 0 ? style.red : undefined,
                }]
            : []),
    ]);
    rows.push([{ text: '' }, { text: t('overallOf', r.overallCoverage), paint: style.bold }, { text: '' }, { text: fixed(r.overall, dec), paint: style.bold },
        { text: '' }, { text: coverage(r.coverage, t) }]);
    const head = [style.bold(visible(r.label)) + style.dim(` · ${visible(r.file)}`), style.dim(t('scale', { min: r.scale.min, max: r.scale.max }))];
    if (r.benchmark)
        head.push(style.dim(t('versus', { name: visible(r.benchmark.name) })));
    return [...head, '', render(headers, aligns, rows, style)].join('\n');
}
