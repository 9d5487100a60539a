import {
  benchmarkText
} from "./chunk-25I2HFVG.js";
import {
  round,
  roundSpread,
  scoreAssessment,
  shownDifference
} from "./chunk-BM3PK7SN.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/score-result.js
var SCORE_DECIMALS = 2;
function spreadOut(s) {
  return s ? roundSpread(s, SCORE_DECIMALS) : null;
}
__name(spreadOut, "spreadOut");
function scoreFile(file, label, assessment, fw, lang, benchmark) {
  const dec = fw.percent.decimals ?? 1;
  const score = scoreAssessment(assessment, fw);
  const commitments = score.commitments.map((c, i) => {
    const bench = benchmark ? benchmark.values[c.id] ?? null : null;
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
      difference: shownDifference(c.percent, bench, dec)
    };
  });
  const sum = /* @__PURE__ */ __name((k) => commitments.reduce((s, c) => s + c.coverage[k], 0), "sum");
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
    coverage: { scored: sum("scored"), na: sum("na"), notScored: sum("notScored"), total: sum("total") },
    benchmark: benchmark ? benchmarkResult(benchmark, lang) : null,
    commitments
  };
}
__name(scoreFile, "scoreFile");
function benchmarkResult(benchmark, lang) {
  const { name, source } = benchmarkText(benchmark, lang);
  return { id: benchmark.id ?? null, name, source, year: benchmark.year ?? null, respondents: benchmark.respondents ?? null };
}
__name(benchmarkResult, "benchmarkResult");
export {
  scoreFile
};
