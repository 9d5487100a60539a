import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/score.js
function round(value, decimals) {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}
__name(round, "round");
function shownDifference(percent, benchmark, decimals) {
  return percent === null || benchmark === null ? null : round(round(percent, decimals) - round(benchmark, decimals), decimals);
}
__name(shownDifference, "shownDifference");
function stats(values) {
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
__name(stats, "stats");
function roundSpread(s, decimals) {
  return { n: s.n, min: s.min, max: s.max, mean: round(s.mean, decimals), median: round(s.median, decimals), sd: round(s.sd, decimals) };
}
__name(roundSpread, "roundSpread");
function toPercent(mean, fw) {
  const { min, max } = fw.scale;
  return round((mean - min) / (max - min) * 100, fw.percent.decimals ?? 1);
}
__name(toPercent, "toPercent");
function bandOf(mean, fw) {
  let found = null;
  for (const band of [...fw.scale.bands].sort((a, b) => a.min - b.min)) {
    if (mean >= band.min)
      found = band;
  }
  return found;
}
__name(bandOf, "bandOf");
function numericVotes(item) {
  return Object.values(item?.votes ?? {}).filter((v) => typeof v === "number");
}
__name(numericVotes, "numericVotes");
function itemScore(id, item) {
  const score = item?.score ?? null;
  const naVotes = Object.values(item?.votes ?? {}).filter((v) => v === "n/a").length;
  const numeric = numericVotes(item);
  return { id, score, spread: score === "n/a" ? null : stats(numeric), naVotes, excludedVotes: score === "n/a" ? numeric.length : 0 };
}
__name(itemScore, "itemScore");
function countedVotes(item) {
  return item?.score === "n/a" ? [] : numericVotes(item);
}
__name(countedVotes, "countedVotes");
function scoreAssessment(assessment, fw) {
  const commitments = fw.commitments.map((c) => {
    const result = assessment.commitments?.[c.id];
    const items = c.actions?.length ? c.actions.map((a) => itemScore(a.id, result?.actions?.[a.id])) : [itemScore(c.id, result)];
    const numbers = items.map((i) => i.score).filter((s) => typeof s === "number");
    const mean = numbers.length ? numbers.reduce((s, v) => s + v, 0) / numbers.length : null;
    const na = items.filter((i) => i.score === "n/a").length;
    return {
      id: c.id,
      mean: mean === null ? null : round(mean, 2),
      percent: mean === null ? null : toPercent(mean, fw),
      band: mean === null ? null : bandOf(mean, fw),
      scored: numbers.length,
      na,
      total: items.length,
      status: numbers.length ? "scored" : na === items.length ? "na" : "not-scored",
      spread: c.actions?.length ? null : items[0]?.spread ?? null,
      items
    };
  });
  const percents = commitments.map((c) => c.percent).filter((p) => p !== null);
  const overall = percents.length ? round(percents.reduce((s, v) => s + v, 0) / percents.length, fw.percent.decimals ?? 1) : null;
  return { framework: fw.id, commitments, overall, overallCoverage: { scored: percents.length, total: commitments.length } };
}
__name(scoreAssessment, "scoreAssessment");

export {
  round,
  shownDifference,
  stats,
  roundSpread,
  toPercent,
  bandOf,
  countedVotes,
  scoreAssessment
};
