// `c21lab compare` output: a text table with letters A, B, C… for the files
// (a legend above says which is which), a JSON document, or a long-format CSV.
import { pick } from '../core/lang.js';
import { textTable } from './table.js';
import { visible } from './escape/terminal.js';
import { formatChange, formatPercent } from './number.js';
import { csvDocument, csvField, csvText } from './escape/csv.js';
/** A, B, … Z, then AA, AB …: one short name per file for the table's headers. */
export function letter(i) {
    let s = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
}
export function compareText(cmp, lang, t) {
    const decimals = cmp.framework.percent.decimals ?? 1;
    const n = cmp.files.length;
    // Cities, dates, titles and paths come from files: one visible line each (escape/terminal.ts).
    const out = [visible(t('title', { count: n, framework: pick(cmp.framework.title, lang) })), ''];
    cmp.files.forEach((f, i) => out.push(`  ${letter(i)}  ${visible(`${f.city} ${f.date}  (${f.file})`)}`));
    out.push('');
    // Differences to the first file always; between neighbours only from three files on
    // (with two they are the same numbers).
    const firstDiffs = cmp.files.slice(1).map((_, k) => ({ i: k + 1, header: `${letter(k + 1)}−${letter(0)}`, key: 'diffFirst' }));
    const prevDiffs = n >= 3
        ? cmp.files.slice(2).map((_, k) => ({ i: k + 2, header: `${letter(k + 2)}−${letter(k + 1)}`, key: 'diffPrevious' }))
        : [];
    const diffCols = [...firstDiffs, ...prevDiffs];
    const columns = [
        { header: t('colCommitment') },
        ...cmp.files.map((_, i) => ({ header: letter(i), align: 'right' })),
        ...diffCols.map((d) => ({ header: d.header, align: 'right' })),
    ];
    const row = (name, r) => [
        name,
        ...r.percents.map((p, i) => (p === null && r.na?.[i] ? t('na') : formatPercent(p, decimals, lang))),
        ...diffCols.map((d) => formatChange(r[d.key][d.i], decimals, lang)),
    ];
    const rows = cmp.commitments.map((r, i) => {
        const c = cmp.framework.commitments[i];
        return row(`${r.id}  ${c ? pick(c.short ?? c.title, lang) : ''}`, r);
    });
    rows.push(row(t('colOverallOf', { count: cmp.common.ids.length, total: cmp.common.total }), cmp.overall));
    out.push(textTable(columns, rows, { rule: true }), '');
    out.push(t('diffNote', { later: letter(1), earlier: letter(0) }));
    out.push(cmp.common.ids.length ? t('overallNote', { count: cmp.common.ids.length, total: cmp.common.total, ids: cmp.common.ids.join(', ') }) : t('overallNone'));
    return out.join('\n');
}
/** The JSON document of `compare --format json` (documented in the README). */
export function compareJson(cmp, lang) {
    return {
        c21lab: 'compare/1',
        framework: { id: cmp.framework.id, title: pick(cmp.framework.title, lang) },
        files: cmp.files.map((f, i) => ({ key: letter(i), ...f })),
        commitments: cmp.commitments.map((r, i) => ({
            id: r.id,
            title: pick(cmp.framework.commitments[i]?.title, lang),
            percents: r.percents,
            na: r.na ?? r.percents.map(() => false),
            diffFirst: r.diffFirst,
            diffPrevious: r.diffPrevious,
        })),
        overall: {
            percents: cmp.overall.percents, diffFirst: cmp.overall.diffFirst, diffPrevious: cmp.overall.diffPrevious,
            // The overall is the mean over these commitments only: those scored in every file.
            commitments: cmp.common.ids, of: cmp.common.total,
        },
    };
}
/** Long format, one line per commitment and file: easy to filter or pivot in a spreadsheet. */
export function compareCsv(cmp, lang, t) {
    // `status`, as in `score --format csv`: scored, na (a judgement: every item not applicable) or not-scored,
    // so an n/a row is told apart from an unscored one, both with an empty percent.
    const header = ['commitment_id', 'commitment', 'file_key', 'file', 'city', 'date', 'percent', 'diff_first', 'diff_previous', 'status'];
    const rows = [header];
    const emit = (id, title, r) => {
        cmp.files.forEach((f, i) => {
            const text = [id, title, letter(i), f.file, f.city, f.date].map(csvText);
            const status = r.percents[i] !== null && r.percents[i] !== undefined ? 'scored' : r.na?.[i] ? 'na' : 'not-scored';
            rows.push([...text, ...[r.percents[i], r.diffFirst[i], r.diffPrevious[i], status].map(csvField)]);
        });
    };
    cmp.commitments.forEach((r, i) => emit(r.id, pick(cmp.framework.commitments[i]?.title, lang), r));
    // The overall rows say what they are the mean of ("Overall (8 of 9)"), as the table does.
    emit('overall', t ? t('colOverallOf', { count: cmp.common.ids.length, total: cmp.common.total }) : '', cmp.overall);
    return csvDocument(rows);
}
