// The votes chart of the report: for each commitment, every participant's
// vote on the framework's scale (circles sized by how many gave that vote)
// and the agreed score as a black tick. A Vega-Lite spec, compiled to Vega,
// rendered headless to SVG. Counting is done here rather than with a Vega
// aggregate, and nothing is jittered, so the SVG is byte-identical for the
// same input. Vega escapes the text it writes (labels are framework titles,
// which may come from a user's framework file); a test checks it.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { pick } from '../core/lang.js';
import type { AssessmentScore } from '../core/score.js';
import type { Assessment, Framework, Lang, ScoreValue } from '../core/types.js';
import { translator } from '../i18n/define.js';
import { reportMessages } from '../i18n/report.js';

export interface VoteRow {
  commitment: string; // label drawn on the y axis
  vote: number;
  count: number;
}

export interface AgreedRow {
  commitment: string;
  agreed: number;
}

export interface VotesData {
  labels: string[]; // y axis order: the framework's, limited to commitments with votes
  votes: VoteRow[];
  agreed: AgreedRow[];
}

function numbers(votes: Record<string, ScoreValue> | undefined): number[] {
  return Object.values(votes ?? {}).filter((v): v is number => typeof v === 'number');
}

/** Votes per commitment, pooled over its actions when the framework lists actions. */
export function votesData(assessment: Assessment, fw: Framework, score: AssessmentScore, lang: Lang): VotesData {
  const out: VotesData = { labels: [], votes: [], agreed: [] };
  fw.commitments.forEach((c, i) => {
    const result = assessment.commitments?.[c.id];
    const all = c.actions?.length
      ? c.actions.flatMap((a) => numbers(result?.actions?.[a.id]?.votes))
      : numbers(result?.votes);
    if (!all.length) return;
    const label = `${c.id}. ${pick(c.short ?? c.title, lang)}`;
    out.labels.push(label);
    const counts = new Map<number, number>();
    for (const v of all) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [vote, count] of [...counts].sort((a, b) => a[0] - b[0])) out.votes.push({ commitment: label, vote, count });
    const mean = score.commitments[i]?.mean;
    if (typeof mean === 'number') out.agreed.push({ commitment: label, agreed: mean });
  });
  return out;
}

export function votesSpec(data: VotesData, fw: Framework, lang: Lang): TopLevelSpec {
  const t = translator(reportMessages, lang);
  const { min, max } = fw.scale;
  const maxCount = Math.max(1, ...data.votes.map((v) => v.count));
  const y = {
    field: 'commitment',
    type: 'nominal' as const,
    sort: data.labels,
    title: null,
    axis: { labelLimit: 260, labelFontSize: 11, domain: false, ticks: false, labelPadding: 8 },
  };
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [min, max], nice: false },
    axis: { values: Array.from({ length: max - min + 1 }, (_, i) => min + i), format: 'd', grid: true, gridColor: '#e3e3e3' },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 360,
    height: { step: 26 },
    config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: '#cfcfcf' }, background: 'white', axis: { titleFontWeight: 'normal' } },
    layer: [
      {
        data: { values: data.votes },
        mark: { type: 'circle', color: '#0072B2', opacity: 0.75 },
        encoding: {
          y,
          x: { ...x, field: 'vote', title: t('votesAxisVote') },
          size: {
            field: 'count',
            type: 'quantitative',
            title: t('votesAxisCount'),
            scale: { domain: [0, maxCount], range: [0, 360] },
            legend: { values: maxCount > 2 ? [1, Math.ceil(maxCount / 2), maxCount] : [1, maxCount], format: 'd' },
          },
        },
      },
      {
        data: { values: data.agreed },
        mark: { type: 'tick', color: 'black', thickness: 3, size: 22 },
        encoding: { y, x: { ...x, field: 'agreed' } },
      },
    ],
  } as TopLevelSpec;
}

/** SVG of the votes chart, or null when nobody voted. Ids are prefixed so the chart can sit beside the radar in one page. */
export async function renderVotesSvg(assessment: Assessment, fw: Framework, score: AssessmentScore, lang: Lang): Promise<string | null> {
  const data = votesData(assessment, fw, score, lang);
  if (!data.votes.length) return null;
  const vgSpec = compile(votesSpec(data, fw, lang)).spec;
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg
    .replace(/\b(id="|url\(#)(clip|gradient_)/g, '$1votes-$2')
    .replace('class="marks"', 'class="marks votes-chart" role="img"');
}
