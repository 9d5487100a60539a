// `c21lab history` output: the versions table and the trend table (text), or
// a JSON document. Pure: takes the history and a translator, returns text.
import { pick } from '../core/lang.js';
import { textTable } from './table.js';
import { visible } from './escape/terminal.js';
import { formatChange, formatPercent } from './number.js';
export function historyText(history, lang, t) {
    const fw = history.framework;
    const decimals = fw?.percent.decimals ?? 1;
    const ids = fw?.commitments.map((c) => c.id) ?? [];
    const out = [visible(t('title', { file: history.file, count: history.versions.length })), ''];
    const columns = [
        { header: t('colDate') },
        { header: t('colCommit') },
        { header: t('colCommitted') },
        ...ids.map((id) => ({ header: id, align: 'right' })),
        { header: t('colOverall'), align: 'right' },
    ];
    const notes = [];
    const rows = history.versions.map((v) => {
        const head = [(v.date ?? '—') + (v.sameDate ? ' *' : ''), v.short, v.committed.slice(0, 10)];
        if (v.status === 'ok') {
            return [...head, ...(v.percents ?? []).map((p, i) => percentCell(v, i, decimals, lang, t)), overallCell(v, decimals, lang, t)];
        }
        // A version that cannot be scored spans the score columns with its reason.
        const reason = v.status === 'deleted' ? t('deleted')
            : v.status === 'other-framework' ? t('otherFramework', { framework: v.framework ?? '?', current: fw?.id ?? '?' })
                : t('invalid', { line: v.problem?.line ?? 1, column: v.problem?.column ?? 1, rule: v.problem?.rule ?? '', message: v.problem?.message ?? '' });
        notes.push(visible(`${v.short}: ${reason}`)); // the reason may quote the file
        return [...head, ...ids.map(() => '·'), '·'];
    });
    out.push(textTable(columns, rows, { rule: true }));
    if (notes.length)
        out.push('', ...notes.map((n) => `  ${n}`));
    if (history.versions.some((v) => v.sameDate))
        out.push('', t('sameDateNote'));
    out.push('', t('percentNote'));
    const example = history.versions.find((v) => v.status === 'ok' && v.overallCoverage)?.overallCoverage;
    if (example)
        out.push(t('overallNote', example));
    if (fw && history.first !== undefined && history.latest !== undefined) {
        const first = history.versions[history.first];
        const latest = history.versions[history.latest];
        out.push('');
        if (!first || !latest || history.first === history.latest) {
            out.push(t('trendSingle'));
        }
        else {
            out.push(visible(t('trendTitle', { from: `${first.date ?? '—'} ${first.short}`, to: `${latest.date ?? '—'} ${latest.short}` })), '');
            const trendRows = fw.commitments.map((c, i) => [
                `${c.id}  ${pick(c.short ?? c.title, lang)}`,
                percentCell(first, i, decimals, lang, t),
                percentCell(latest, i, decimals, lang, t),
                formatChange(latest.change?.[i], decimals, lang),
            ]);
            // Over the commitments scored in both versions only, so a newly scored one does not read as progress.
            const overall = history.trendOverall;
            trendRows.push([
                t('trendOverallOf', { count: overall?.ids.length ?? 0, total: overall?.total ?? fw.commitments.length }),
                formatPercent(overall?.first ?? null, decimals, lang),
                formatPercent(overall?.latest ?? null, decimals, lang),
                formatChange(overall?.change ?? null, decimals, lang),
            ]);
            out.push(textTable([{ header: t('colCommitment') }, { header: t('colFirst'), align: 'right' }, { header: t('colLatest'), align: 'right' }, { header: t('colChange'), align: 'right' }], trendRows, { rule: true }));
        }
    }
    else {
        out.push('', t('noValid', { file: history.file }));
    }
    if (history.uncommitted)
        out.push('', t('uncommitted'));
    return out.join('\n');
}
/** The JSON document of `history --format json` (documented in the README). */
export function historyJson(history, lang) {
    const fw = history.framework;
    const first = history.first === undefined ? undefined : history.versions[history.first];
    const latest = history.latest === undefined ? undefined : history.versions[history.latest];
    return {
        c21lab: 'history/1',
        file: history.file,
        path: history.path,
        framework: fw ? { id: fw.id, commitments: fw.commitments.map((c) => ({ id: c.id, title: pick(c.title, lang) })) } : null,
        uncommitted: history.uncommitted,
        versions: history.versions.map((v) => ({
            commit: v.commit,
            short: v.short,
            committed: v.committed,
            subject: v.subject,
            path: v.path,
            status: v.status,
            date: v.date ?? null,
            sameDate: v.sameDate ?? false,
            framework: v.framework ?? null,
            percents: v.percents ?? null,
            // Per commitment, as in `compare --format json`: true where it is n/a (percent null), apart from "not scored".
            na: v.na ?? null,
            overall: v.overall ?? null,
            overallCoverage: v.overallCoverage ?? null,
            change: v.change ?? null,
            problem: v.problem ?? null,
        })),
        trend: fw && first && latest
            ? fw.commitments.map((c, i) => ({
                id: c.id,
                first: first.percents?.[i] ?? null,
                latest: latest.percents?.[i] ?? null,
                change: latest.change?.[i] ?? null,
                na: { first: first.na?.[i] ?? false, latest: latest.na?.[i] ?? false },
            }))
            : null,
        trendOverall: history.trendOverall ?? null,
    };
}
/** A version's percent for commitment i: n/a where the group judged it so, apart from "not scored" (—). */
function percentCell(v, i, decimals, lang, t) {
    const p = v.percents?.[i];
    return (p === null || p === undefined) && v.na?.[i] ? t('na') : formatPercent(p, decimals, lang);
}
/** "62.5 (5/9)": a version's overall with how many commitments it is the mean of. */
function overallCell(v, decimals, lang, t) {
    const value = formatPercent(v.overall, decimals, lang);
    if (v.overall == null || !v.overallCoverage)
        return value;
    return t('overallCell', { value, ...v.overallCoverage });
}
