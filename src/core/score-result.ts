// The result of `c21lab score` for one file, as plain data: what the JSON
// output prints (documented by schemas/score-output.schema.json) and what the
// table and CSV are made from. Numbers are rounded here, once, so every format
// shows the same figures.
import { pick } from './lang.js';
import { benchmarkText } from './benchmark-text.js';
import { round, roundSpread, scoreAssessment, shownDifference } from './score.js';
import type { Assessment, Benchmark, Framework, Lang } from './types.js';

export interface ScoreSpreadOut {
  n: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  sd: number;
}

export interface CommitmentOut {
  id: string;
  title: string;
  mean: number | null;
  percent: number | null;
  band: { id: string; label: string } | null;
  status: 'scored' | 'na' | 'not-scored';
  coverage: { scored: number; na: number; notScored: number; total: number };
  spread: ScoreSpreadOut | null;
  actions: { id: string; score: number | 'n/a' | null; spread: ScoreSpreadOut | null; naVotes: number }[];
  benchmark: number | null;
  difference: number | null;
}

export interface ScoreFileOut {
  file: string;
  label: string;
  city: string;
  date: string;
  title: string | null;
  framework: string;
  language: Lang;
  scale: { min: number; max: number; decimals: number };
  overall: number | null;
  overallCoverage: { scored: number; total: number };
  coverage: { scored: number; na: number; notScored: number; total: number };
  benchmark: { id: string | null; name: string; source: string; year: number | null; respondents: number | null } | null;
  commitments: CommitmentOut[];
}

const SCORE_DECIMALS = 2;

function spreadOut(s: import('./score.js').Spread | null): ScoreSpreadOut | null {
  return s ? roundSpread(s, SCORE_DECIMALS) : null;
}

export function scoreFile(
  file: string,
  label: string,
  assessment: Assessment,
  fw: Framework,
  lang: Lang,
  benchmark?: Benchmark,
): ScoreFileOut {
  const dec = fw.percent.decimals ?? 1;
  const score = scoreAssessment(assessment, fw);
  const commitments = score.commitments.map((c, i): CommitmentOut => {
    const bench = benchmark ? (benchmark.values[c.id] ?? null) : null;
    const def = fw.commitments[i];
    return {
      id: c.id,
      title: pick(fw.commitments[i]?.title, lang),
      mean: c.mean === null ? null : round(c.mean, SCORE_DECIMALS),
      percent: c.percent,
      band: c.band ? { id: c.band.id, label: pick(c.band.label, lang) } : null,
      status: c.status,
      coverage: { scored: c.scored, na: c.na, notScored: c.total - c.scored - c.na, total: c.total },
      spread: spreadOut(c.spread),
      actions: def?.actions?.length ? c.items.map((it) => ({ id: it.id, score: it.score, spread: spreadOut(it.spread), naVotes: it.naVotes })) : [],
      benchmark: bench,
      difference: shownDifference(c.percent, bench, dec),
    };
  });
  const sum = (k: 'scored' | 'na' | 'notScored' | 'total') => commitments.reduce((s, c) => s + c.coverage[k], 0);
  return {
    file,
    label,
    city: assessment.city,
    date: assessment.date,
    title: assessment.title ?? null,
    framework: fw.id,
    language: assessment.language,
    scale: { min: fw.scale.min, max: fw.scale.max, decimals: dec },
    overall: score.overall,
    overallCoverage: score.overallCoverage,
    coverage: { scored: sum('scored'), na: sum('na'), notScored: sum('notScored'), total: sum('total') },
    benchmark: benchmark ? benchmarkResult(benchmark, lang) : null,
    commitments,
  };
}

/** The benchmark as the result names it: its name and source in the result's language, as the report and radar do. */
function benchmarkResult(benchmark: Benchmark, lang: Lang) {
  const { name, source } = benchmarkText(benchmark, lang);
  return { id: benchmark.id ?? null, name, source, year: benchmark.year ?? null, respondents: benchmark.respondents ?? null };
}
