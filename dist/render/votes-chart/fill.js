import { COMPILED_VOTES_SPEC, SOURCE_HASH } from '../../generated/votes-chart.js';
import { specHash } from '../report/hash.js';
import { AGREED_DATASET, PLACEHOLDERS, VOTES_DATASET, votesLiteSpec } from './spec.js';
let compiledOnce;
/**
 * The compiled spec: the committed one, or, when spec.ts changed since it was generated, compiled now with vega-lite.
 * Decided once per process (spec.ts cannot change while it runs): `report --out-dir` asks for every file.
 */
export function compiledVotesSpec() {
    compiledOnce ??= (async () => {
        const lite = votesLiteSpec();
        if (specHash(lite) === SOURCE_HASH)
            return COMPILED_VOTES_SPEC;
        const { compile } = await import('vega-lite');
        return compile(lite).spec;
    })();
    return compiledOnce;
}
function found(value, what) {
    if (value === undefined)
        throw new Error(`votes chart: the compiled spec has no ${what}; regenerate it (npm run gen)`);
    return value;
}
/** Replaces the title placeholders in every string; inside expressions the title is a string literal, so it is escaped as one. */
function replaceTitles(node, titles, inExpression = false) {
    if (typeof node === 'string') {
        let out = node;
        for (const [key, placeholder] of Object.entries(PLACEHOLDERS)) {
            const title = titles[key];
            out = out.split(placeholder).join(inExpression ? JSON.stringify(title).slice(1, -1) : title);
        }
        return out;
    }
    if (Array.isArray(node))
        return node.map((x) => replaceTitles(x, titles, inExpression));
    if (node && typeof node === 'object') {
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replaceTitles(v, titles, inExpression || k === 'signal' || k === 'expr' || k === 'update')]));
    }
    return node;
}
/** `compiled` with the titles in place, as JSON, per compiled spec and titles (one language's, as a rule). */
const titledJson = new WeakMap();
const MAX_TITLED = 8;
/**
 * A fresh copy of `compiled` with these titles: the walk that replaces them
 * is done once per set of titles, each copy after it a JSON parse (the spec
 * is JSON data, so the copy is exact), because `report --out-dir` fills the
 * same spec with the same titles for every file.
 */
function titledCopy(compiled, titles) {
    let byTitles = titledJson.get(compiled);
    if (!byTitles)
        titledJson.set(compiled, (byTitles = new Map()));
    const key = JSON.stringify(titles);
    let json = byTitles.get(key);
    if (json === undefined) {
        if (byTitles.size >= MAX_TITLED)
            byTitles.clear();
        json = JSON.stringify(replaceTitles(compiled, titles));
        byTitles.set(key, json);
    }
    return JSON.parse(json);
}
/** A ready-to-render Vega spec: a fresh copy of `compiled` with this report's rows, titles and scale. */
export function fillVotesSpec(compiled, fill) {
    const spec = titledCopy(compiled, fill.titles);
    const data = spec.data ?? [];
    const dataset = (name) => found(data.find((d) => d.name === name), `dataset "${name}"`);
    dataset(VOTES_DATASET).values = fill.votes;
    dataset(AGREED_DATASET).values = fill.agreed;
    const { min, max } = fill.scale;
    const maxCount = Math.max(1, ...fill.votes.map((v) => v.count));
    const scale = (name) => found(spec.scales?.find((s) => s.name === name), `scale "${name}"`);
    scale('x').domain = [min, max];
    // The commitments, in the framework's order, as the domain Vega-Lite would derive from both datasets (sorted by
    // the least `order`): given here, the chart needs no aggregate over its rows, whose incremental state a kept
    // View (../vega.ts) would carry from one chart to the next.
    const least = new Map();
    for (const row of [...fill.votes, ...fill.agreed])
        least.set(row.commitment, Math.min(least.get(row.commitment) ?? Infinity, row.order));
    scale('y').domain = [...least].sort((a, b) => a[1] - b[1]).map(([label]) => label);
    scale('size').domain = [0, maxCount];
    const xAxes = (spec.axes ?? []).filter((a) => a.scale === 'x' && 'values' in a);
    found(xAxes[0], 'x axis with values');
    const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    for (const axis of xAxes)
        axis.values = ticks;
    const legend = found(spec.legends?.find((l) => l.size === 'size' && 'values' in l), 'size legend with values');
    legend.values = maxCount > 2 ? [1, Math.ceil(maxCount / 2), maxCount] : [1, maxCount];
    return spec;
}
