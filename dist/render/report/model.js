// The report's view model: everything a template shows, computed once here so
// templates stay simple (no arithmetic, no lookups) and a user's own template
// gets the same ready-made values. Pure: no I/O, no clock, no randomness.
// Every string from the files is left raw; the template engine escapes it.
import { pick } from '../../core/lang.js';
import { SECTORS } from '../../core/types.js';
import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
import { longDate } from './dates.js';
import { seriesLabels } from '../../core/series.js';
import { localNumber } from '../number.js';
/** Only http(s) URLs become links; anything else (javascript:, data:, relative paths) stays text. */
export function safeUrl(raw) {
    if (!raw)
        return null;
    try {
        const url = new URL(raw.trim());
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    }
    catch {
        return null;
    }
}
/** Fixed decimals with the language's decimal mark: 6.5 → "6,5" in French and Spanish. */
export function formatNumber(value, decimals, lang) {
    return localNumber(value.toFixed(decimals), lang);
}
/** Up to two decimals, trailing zeros dropped: 6 → "6", 5.5 → "5.5", 5.33 → "5.33". */
function formatMean(value, lang) {
    return formatNumber(value, 2, lang).replace(/[.,]?0+$/, '');
}
function formatSigned(value, decimals, lang) {
    const text = formatNumber(Math.abs(value), decimals, lang);
    if (Number(value.toFixed(decimals)) === 0)
        return formatNumber(0, decimals, lang);
    return value > 0 ? `+${text}` : `−${text}`;
}
function evidenceView(items) {
    return (items ?? []).map((e) => typeof e === 'string' ? { title: e, url: safeUrl(e) } : { title: e.title, url: safeUrl(e.url) });
}
function scoreText(value, lang, t) {
    if (value === null)
        return t('notScored');
    return value === 'n/a' ? t('na') : formatMean(value, lang);
}
function spreadText(spread, lang, t, short = false) {
    if (!spread)
        return '';
    return t(short ? 'spreadShort' : spread.n === 1 ? 'spreadTextOne' : 'spreadText', {
        min: formatMean(spread.min, lang),
        max: formatMean(spread.max, lang),
        sd: formatNumber(spread.sd, 1, lang),
        n: spread.n,
    });
}
/** The radar labels of the report's file and of its --compare file: "Exampleville 2026", told apart if they would be the same. */
export function reportLabels(main, compare) {
    return seriesLabels([main, ...(compare ? [compare] : [])].map((s) => ({ file: s.fileName, assessment: s.assessment })));
}
function commitmentView(input, c, index, t) {
    const { framework: fw, lang } = input;
    const def = fw.commitments[index];
    const result = input.assessment.commitments?.[c.id];
    const decimals = fw.percent.decimals ?? 1;
    const bench = input.benchmark?.values[index] ?? null;
    const diffValue = bench !== null && c.percent !== null ? c.percent - bench : null;
    const title = pick(def.title, lang);
    const percent = c.percent === null ? '' : formatNumber(c.percent, decimals, lang);
    const band = c.band ? pick(c.band.label, lang) : '';
    const actions = (def.actions ?? []).map((a, i) => {
        const item = result?.actions?.[a.id];
        return {
            id: a.id,
            title: pick(a.title, lang),
            score: scoreText(c.items[i]?.score ?? null, lang, t),
            spread: spreadText(c.items[i]?.spread ?? null, lang, t),
            notes: item?.notes ?? '',
            evidence: evidenceView(item?.evidence),
        };
    });
    const coverage = `${c.scored}/${c.total}` + (c.na ? ` (${t('coverageNa', { na: c.na })})` : '');
    return {
        id: c.id,
        title,
        label: `${c.id}. ${title}`,
        description: pick(def.description, lang),
        mean: c.mean === null ? '' : formatMean(c.mean, lang),
        percent,
        percentValue: c.percent,
        band,
        bandId: c.band?.id ?? null,
        benchmark: bench === null ? '' : formatNumber(bench, decimals, lang),
        diff: diffValue === null ? '' : formatSigned(diffValue, decimals, lang),
        diffValue,
        coverage,
        spread: spreadText(c.spread, lang, t),
        spreadShort: spreadText(c.spread, lang, t, true),
        scoreLine: c.mean === null ? t('notScored') : t('scoreLine', { score: formatMean(c.mean, lang), percent, band }),
        notes: result?.notes ?? '',
        evidence: evidenceView(result?.evidence),
        actions,
    };
}
/** Three furthest above / below the benchmark, or highest / lowest; ties keep the framework's order. */
function ranked(views, withBenchmark, lang, decimals, t) {
    const key = (v) => (withBenchmark ? v.diffValue : v.percentValue);
    const scored = views.map((v, i) => ({ v, i, k: key(v) })).filter((x) => x.k !== null);
    const desc = [...scored].sort((a, b) => b.k - a.k || a.i - b.i);
    const asc = [...scored].sort((a, b) => a.k - b.k || a.i - b.i);
    let strengths = desc.slice(0, 3);
    let weaknesses = asc.filter((x) => !strengths.includes(x)).slice(0, 3);
    if (withBenchmark) {
        strengths = desc.filter((x) => x.k > 0).slice(0, 3);
        weaknesses = asc.filter((x) => x.k < 0).slice(0, 3);
    }
    const view = (x) => ({
        id: x.v.id,
        title: x.v.title,
        percent: x.v.percent,
        diff: withBenchmark ? t('points', { value: formatSigned(x.k, decimals, lang) }) : null,
    });
    return { strengths: strengths.map(view), weaknesses: weaknesses.map(view) };
}
/** "Culture 21 Actions (UCLG Committee on Culture, 2015)": the framework as its file cites it. */
function citation(fw, title) {
    const by = [fw.source?.publisher, fw.source?.year].filter((x) => x !== undefined && x !== '').join(', ');
    return by ? `${title} (${by})` : title;
}
/** Adds `labelColon` ("Source:" / "Source :") to label-value rows, for templates that write them inline. */
function withColon(t, rows) {
    return rows.map((r) => ({ ...r, labelColon: t('labelColon', { label: r.label }) }));
}
export function buildReportModel(input) {
    const { assessment: a, framework: fw, score, lang } = input;
    const t = translator(reportMessages, lang);
    const decimals = fw.percent.decimals ?? 1;
    const participants = a.participants ?? [];
    const sectorLabel = (s) => t(`sector.${s ?? 'none'}`);
    const sectors = [...SECTORS, undefined]
        .map((s) => ({ id: s ?? 'none', label: sectorLabel(s), count: participants.filter((p) => p.sector === s).length }))
        .filter((s) => s.count > 0 || s.id !== 'none');
    const commitments = score.commitments.map((c, i) => commitmentView(input, c, i, t));
    const bench = input.benchmark?.data;
    const { strengths, weaknesses } = ranked(commitments, Boolean(bench), lang, decimals, t);
    const frameworkTitle = pick(fw.title, lang);
    const messages = Object.fromEntries(Object.keys(reportMessages.en).map((k) => [k, t(k)]));
    const { min, max } = fw.scale;
    return {
        lang,
        t: messages,
        title: a.title ?? t('defaultTitle', { city: a.city }),
        subtitle: t('reportSubtitle', { framework: frameworkTitle }),
        city: a.city,
        country: a.country ?? '',
        date: a.date,
        dateText: longDate(String(a.date), lang),
        facilitators: a.facilitators ?? [],
        experts: a.experts ?? [],
        framework: { id: fw.id, title: frameworkTitle, version: fw.version ?? '', source: fw.source ?? null },
        participation: {
            intro: t('participationIntro', { count: participants.length }),
            total: participants.length,
            sectors,
        },
        radar: {
            svg: input.radar.svg,
            href: input.radar.href ?? null,
            compare: input.compare ? t('radarCompare', { label: reportLabels(input, input.compare)[1] }) : '',
            benchmark: bench ? t('radarBenchmark', { name: bench.name }) : '',
        },
        compare: input.compare ? { city: input.compare.assessment.city, date: input.compare.assessment.date, label: reportLabels(input, input.compare)[1] } : null,
        commitments,
        overall: score.overall === null ? '' : formatNumber(score.overall, decimals, lang),
        overallLine: score.overall === null ? '' : t('overallLine', { value: formatNumber(score.overall, decimals, lang) }),
        hasBenchmark: Boolean(bench),
        hasSpread: commitments.some((c) => c.spread !== ''),
        ranking: {
            basis: bench ? t('basisBenchmark', { name: bench.name }) : t('basisScores'),
            strengths,
            weaknesses,
            noneStrengths: bench ? t('noneAbove') : t('noneScored'),
            noneWeaknesses: bench ? t('noneBelow') : t('noneScored'),
        },
        votes: input.votes ? { svg: input.votes.svg, href: input.votes.href ?? null } : null,
        participants: participants.map((p) => ({ name: p.name, organisation: p.organisation ?? '', sector: sectorLabel(p.sector), role: p.role ?? '' })),
        methodology: {
            framework: t('methodFramework', { title: citation(fw, frameworkTitle) }),
            scale: t('methodScale', { min, max }),
            bands: [...fw.scale.bands]
                .sort((x, y) => x.min - y.min)
                .map((b) => ({ id: b.id, label: pick(b.label, lang), min: b.min, max: b.max, range: `${b.min}–${b.max}`, description: pick(b.description, lang) })),
            percent: t('methodPercent', { formula: fw.percent.formula, min, range: max - min, decimals }),
            coverage: t('methodCoverage'),
            votes: t('methodVotes'),
            benchmark: bench
                ? withColon(t, [
                    { label: t('benchName'), value: bench.name },
                    { label: t('benchSource'), value: bench.source },
                    ...(bench.year !== undefined ? [{ label: t('benchYear'), value: String(bench.year) }] : []),
                    ...(bench.respondents !== undefined ? [{ label: t('benchRespondents'), value: String(bench.respondents) }] : []),
                    ...(bench.method ? [{ label: t('benchMethod'), value: bench.method }] : []),
                    ...(bench.notes ? [{ label: t('benchNotes'), value: bench.notes }] : []),
                ])
                : null,
            noBenchmark: t('methodNoBenchmark'),
        },
        footer: t('footer', { file: input.fileName }),
    };
}
