import { COMPILED_VOTES_SPEC, SOURCE_HASH } from '../../generated/votes-chart.js';
import { specHash } from '../report/hash.js';
import { AGREED_DATASET, PLACEHOLDERS, VOTES_DATASET, votesLiteSpec } from './spec.js';
/** The compiled spec: the committed one, or, when spec.ts changed since it was generated, compiled now with vega-lite. */
export async function compiledVotesSpec() {
    const lite = votesLiteSpec();
    if (specHash(lite) === SOURCE_HASH)
        return COMPILED_VOTES_SPEC;
    const { compile } = await import('vega-lite');
    return compile(lite).spec;
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
/** A ready-to-render Vega spec: a fresh copy of `compiled` with this report's rows, titles and scale. */
export function fillVotesSpec(compiled, fill) {
    const spec = replaceTitles(compiled, fill.titles);
    const data = spec.data ?? [];
    const dataset = (name) => found(data.find((d) => d.name === name), `dataset "${name}"`);
    dataset(VOTES_DATASET).values = fill.votes;
    dataset(AGREED_DATASET).values = fill.agreed;
    const { min, max } = fill.scale;
    const maxCount = Math.max(1, ...fill.votes.map((v) => v.count));
    const scale = (name) => found(spec.scales?.find((s) => s.name === name), `scale "${name}"`);
    scale('x').domain = [min, max];
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
