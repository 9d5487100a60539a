// The votes chart of the report: for each commitment, every participant's
// vote on the framework's scale (circles sized by how many gave that vote)
// and the agreed score as a black tick. Authored in Vega-Lite
// (votes-chart/spec.ts), compiled to Vega at build time (votes-chart/
// generate.ts), filled with this report's rows (votes-chart/fill.ts) and
// rendered headless to SVG by Vega. Counting is done here rather than with a
// Vega aggregate, and nothing is jittered, so the SVG is byte-identical for
// the same input. Vega escapes the text it writes (labels are framework
// titles, which may come from a user's framework file); a test checks it.
import { pick } from '../core/lang.js';
import { translator } from '../i18n/define.js';
import { reportMessages } from '../i18n/report.js';
import { renderSvg, vegaRuntime } from './vega.js';
import { compiledVotesSpec, fillVotesSpec } from './votes-chart/fill.js';
import { countedVotes } from '../core/score.js';
import { accessibleSvg } from './svg-a11y.js';
import { localNumber } from './number.js';
/** Votes per commitment, pooled over its actions when the framework lists actions (the chart shows the
 *  distribution; the tables give each action's own spread). Votes on an item marked n/a are left out. */
export function votesData(assessment, fw, score, lang) {
    const out = { labels: [], votes: [], agreed: [] };
    fw.commitments.forEach((c, i) => {
        const result = assessment.commitments?.[c.id];
        const all = c.actions?.length
            ? c.actions.flatMap((a) => countedVotes(result?.actions?.[a.id]))
            : countedVotes(result);
        if (!all.length)
            return;
        const label = `${c.id}. ${pick(c.short ?? c.title, lang)}`;
        const order = out.labels.length;
        out.labels.push(label);
        const counts = new Map();
        for (const v of all)
            counts.set(v, (counts.get(v) ?? 0) + 1);
        for (const [vote, count] of [...counts].sort((a, b) => a[0] - b[0]))
            out.votes.push({ commitment: label, order, vote, count });
        const mean = score.commitments[i]?.mean;
        if (typeof mean === 'number')
            out.agreed.push({ commitment: label, order, agreed: mean });
    });
    return out;
}
/** The Vega spec of the chart for these votes. */
export async function votesVegaSpec(data, fw, lang) {
    const t = translator(reportMessages, lang);
    return fillVotesSpec(await compiledVotesSpec(), {
        votes: data.votes,
        agreed: data.agreed,
        titles: { vote: t('votesAxisVote'), count: t('votesAxisCount') },
        scale: fw.scale,
    });
}
/** SVG of the votes chart, or null when nobody voted. Ids are prefixed so the chart can sit beside the radar in one page. */
export async function renderVotesSvg(assessment, fw, score, lang) {
    const data = votesData(assessment, fw, score, lang);
    if (!data.votes.length)
        return null;
    const vega = await vegaRuntime();
    const spec = await votesVegaSpec(data, fw, lang);
    vega.resetSVGDefIds();
    const svg = await renderSvg(vega, spec, { chart: 'votes' });
    return accessibleSvg(svg.replace(/\b(id="|url\(#)(clip|gradient_)/g, '$1votes-$2').replace('class="marks"', 'class="marks votes-chart"'), { id: 'votes', ...votesText(data, lang) });
}
/** The chart's text equivalent: every commitment's votes (vote × how many) and its agreed score. */
export function votesText(data, lang) {
    const t = translator(reportMessages, lang);
    const parts = data.labels.map((label, order) => {
        const votes = data.votes.filter((v) => v.order === order).map((v) => t('votesSvgVote', { vote: v.vote, count: v.count })).join(', ');
        const agreed = data.agreed.find((a) => a.order === order);
        return t(agreed ? 'votesSvgLine' : 'votesSvgLineNoAgreed', {
            label, votes, agreed: agreed ? localNumber(String(Math.round(agreed.agreed * 100) / 100), lang) : '',
        });
    });
    return { title: t('votes'), desc: `${t('votesSvgDesc')} ${parts.join(' ')}` };
}
