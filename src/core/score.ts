// Scoring: from agreed scores to a commitment's mean, percent and band, with
// coverage and vote spread. The conventions (scale, bands, formula) come from
// the framework file; see README "Scoring".
import type { Assessment, Band, Framework, ActionResult, ScoreValue } from './types.js';

export interface Spread {
  n: number; // votes that are numbers (n/a votes are left out)
  min: number;
  max: number;
  mean: number;
  median: number;
  sd: number; // population standard deviation
}

export interface ItemScore {
  id: string; // commitment id, or action id
  score: ScoreValue | null; // null: not yet scored
  /** Numeric votes on this item; null when there are none or when the item itself is marked n/a
   *  (votes on an item the group judged not applicable say nothing about the city). */
  spread: Spread | null;
  /** Votes of `n/a` on this item: counted apart, never in the spread. */
  naVotes: number;
  /** Numeric votes left out because the item itself is marked n/a (said, not hidden). */
  excludedVotes: number;
}

/** What a commitment's figure is: a score, not applicable (every item n/a), or not scored yet. */
export type CommitmentStatus = 'scored' | 'na' | 'not-scored';

export interface CommitmentScore {
  id: string;
  mean: number | null; // mean of the numeric agreed scores of its items
  percent: number | null;
  band: Band | null;
  scored: number; // items with a number
  na: number; // items marked n/a
  total: number; // items the framework asks for
  status: CommitmentStatus;
  /** The votes on the commitment itself, when the framework lists no actions for it. With actions it is null:
   *  votes on different actions pooled together would read differences between actions as disagreement;
   *  each action's spread is in `items`. */
  spread: Spread | null;
  items: ItemScore[];
}

export interface AssessmentScore {
  framework: string;
  commitments: CommitmentScore[];
  /** Mean of the commitment percentages that exist (a headline, not an official index). */
  overall: number | null;
  /** What `overall` is the mean of: `scored` of the `total` commitments. */
  overallCoverage: { scored: number; total: number };
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}

/**
 * A percent's difference to a benchmark's, as shown: the difference of the two figures rounded to the
 * framework's decimals (a benchmark may carry more), so it is what a reader subtracting the shown figures
 * gets — 62.5 against a benchmark of 46.25, shown 46.3, is +16.2, not +16.3.
 */
export function shownDifference(percent: number | null, benchmark: number | null, decimals: number): number | null {
  return percent === null || benchmark === null ? null : round(round(percent, decimals) - round(benchmark, decimals), decimals);
}

export function stats(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const sd = Math.sqrt(sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
  return { n, min: sorted[0] as number, max: sorted[n - 1] as number, mean, median, sd };
}

/** A spread as people read it: mean, median and SD rounded (min, max and n are exact). One rule for the JSON output, the walkthrough and the room. */
export function roundSpread(s: Spread, decimals: number): Spread {
  return { n: s.n, min: s.min, max: s.max, mean: round(s.mean, decimals), median: round(s.median, decimals), sd: round(s.sd, decimals) };
}

/** (mean − min) / (max − min) × 100, rounded to the framework's decimals. */
export function toPercent(mean: number, fw: Framework): number {
  const { min, max } = fw.scale;
  return round(((mean - min) / (max - min)) * 100, fw.percent.decimals ?? 1);
}

/** The band a (possibly fractional) mean falls in: the highest band whose minimum it reaches. */
export function bandOf(mean: number, fw: Framework): Band | null {
  let found: Band | null = null;
  for (const band of [...fw.scale.bands].sort((a, b) => a.min - b.min)) {
    if (mean >= band.min) found = band;
  }
  return found;
}

function numericVotes(item: ActionResult | undefined): number[] {
  return Object.values(item?.votes ?? {}).filter((v): v is number => typeof v === 'number');
}

function itemScore(id: string, item: ActionResult | undefined): ItemScore {
  const score = item?.score ?? null;
  const naVotes = Object.values(item?.votes ?? {}).filter((v) => v === 'n/a').length;
  const numeric = numericVotes(item);
  return { id, score, spread: score === 'n/a' ? null : stats(numeric), naVotes, excludedVotes: score === 'n/a' ? numeric.length : 0 };
}

/** Numeric votes on an item that counts: none on an item marked n/a. */
export function countedVotes(item: ActionResult | undefined): number[] {
  return item?.score === 'n/a' ? [] : numericVotes(item);
}

export function scoreAssessment(assessment: Assessment, fw: Framework): AssessmentScore {
  const commitments = fw.commitments.map((c): CommitmentScore => {
    const result = assessment.commitments?.[c.id];
    const items = c.actions?.length
      ? c.actions.map((a) => itemScore(a.id, result?.actions?.[a.id]))
      : [itemScore(c.id, result)];
    const numbers = items.map((i) => i.score).filter((s): s is number => typeof s === 'number');
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
  const percents = commitments.map((c) => c.percent).filter((p): p is number => p !== null);
  const overall = percents.length ? round(percents.reduce((s, v) => s + v, 0) / percents.length, fw.percent.decimals ?? 1) : null;
  return { framework: fw.id, commitments, overall, overallCoverage: { scored: percents.length, total: commitments.length } };
}
