export function round(value, decimals) {
    const f = 10 ** decimals;
    return Math.round((value + Number.EPSILON) * f) / f;
}
/**
 * A percent's difference to a benchmark's, as shown: the difference of the two figures rounded to the
 * framework's decimals (a benchmark may carry more), so it is what a reader subtracting the shown figures
 * gets — 62.5 against a benchmark of 46.25, shown 46.3, is +16.2, not +16.3.
 */
export function shownDifference(percent, benchmark, decimals) {
    return percent === null || benchmark === null ? null : round(round(percent, decimals) - round(benchmark, decimals), decimals);
}
export function stats(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    const mean = sorted.reduce((s, v) => s + v, 0) / n;
    const mid = Math.floor(n / 2);
    const median = n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    const sd = Math.sqrt(sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
    return { n, min: sorted[0], max: sorted[n - 1], mean, median, sd };
}
/** A spread as people read it: mean, median and SD rounded (min, max and n are exact). One rule for the JSON output, the walkthrough and the room. */
export function roundSpread(s, decimals) {
    return { n: s.n, min: s.min, max: s.max, mean: round(s.mean, decimals), median: round(s.median, decimals), sd: round(s.sd, decimals) };
}
/** (mean − min) / (max − min) × 100, rounded to the framework's decimals. */
export function toPercent(mean, fw) {
    const { min, max } = fw.scale;
    return round(((mean - min) / (max - min)) * 100, fw.percent.decimals ?? 1);
}
/** The band a (possibly fractional) mean falls in: the highest band whose minimum it reaches. */
export function bandOf(mean, fw) {
    let found = null;
    for (const band of [...fw.scale.bands].sort((a, b) => a.min - b.min)) {
        if (mean >= band.min)
            found = band;
    }
    return found;
}
function numericVotes(item) {
    return Object.values(item?.votes ?? {}).filter((v) => typeof v === 'number');
}
function itemScore(id, item) {
    const score = item?.score ?? null;
    const naVotes = Object.values(item?.votes ?? {}).filter((v) => v === 'n/a').length;
    const numeric = numericVotes(item);
    return { id, score, spread: score === 'n/a' ? null : stats(numeric), naVotes, excludedVotes: score === 'n/a' ? numeric.length : 0 };
}
/** Numeric votes on an item that counts: none on an item marked n/a. */
export function countedVotes(item) {
    return item?.score === 'n/a' ? [] : numericVotes(item);
}
export function scoreAssessment(assessment, fw) {
    const commitments = fw.commitments.map((c) => {
        const result = assessment.commitments?.[c.id];
        const items = c.actions?.length
            ? c.actions.map((a) => itemScore(a.id, result?.actions?.[a.id]))
            : [itemScore(c.id, result)];
        const numbers = items.map((i) => i.score).filter((s) => typeof s === 'number');
        const mean = numbers.length ? numbers.reduce((s, v) => s + v, 0) / numbers.length : null;
        const na = items.filter((i) => i.score === 'n/a').length;
        return {
            id: c.id,
            mean: mean === null ? null : round(mean, 2),
            percent: mean === null ? null : toPercent(mean, fw),
            band: mean === null ? null : bandOf(mean, fw),
            scored: numbers.length,
            na,
            total: items.length,
            status: numbers.length ? 'scored' : na === items.length ? 'na' : 'not-scored',
            spread: c.actions?.length ? null : (items[0]?.spread ?? null),
            items,
        };
    });
    const percents = commitments.map((c) => c.percent).filter((p) => p !== null);
    const overall = percents.length ? round(percents.reduce((s, v) => s + v, 0) / percents.length, fw.percent.decimals ?? 1) : null;
    return { framework: fw.id, commitments, overall, overallCoverage: { scored: percents.length, total: commitments.length } };
}
