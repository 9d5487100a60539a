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
  spread: Spread | null;
}

export interface CommitmentScore {
  id: string;
  mean: number | null; // mean of the numeric agreed scores of its items
  percent: number | null;
  band: Band | null;
  scored: number; // items with a number
  na: number; // items marked n/a
  total: number; // items the framework asks for
  spread: Spread | null; // all numeric votes on its items, pooled
  items: ItemScore[];
}

export interface AssessmentScore {
  framework: string;
  commitments: CommitmentScore[];
  /** Mean of the commitment percentages that exist (a headline, not an official index). */
  overall: number | null;
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
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
  return { id, score: item?.score ?? null, spread: stats(numericVotes(item)) };
}

export function scoreAssessment(assessment: Assessment, fw: Framework): AssessmentScore {
  const commitments = fw.commitments.map((c): CommitmentScore => {
    const result = assessment.commitments?.[c.id];
    const items = c.actions?.length
      ? c.actions.map((a) => itemScore(a.id, result?.actions?.[a.id]))
      : [itemScore(c.id, result)];
    const numbers = items.map((i) => i.score).filter((s): s is number => typeof s === 'number');
    const mean = numbers.length ? numbers.reduce((s, v) => s + v, 0) / numbers.length : null;
    const pooled = c.actions?.length
      ? c.actions.flatMap((a) => numericVotes(result?.actions?.[a.id]))
      : numericVotes(result);
    return {
      id: c.id,
      mean: mean === null ? null : round(mean, 2),
      percent: mean === null ? null : toPercent(mean, fw),
      band: mean === null ? null : bandOf(mean, fw),
      scored: numbers.length,
      na: items.filter((i) => i.score === 'n/a').length,
      total: items.length,
      spread: stats(pooled),
      items,
    };
  });
  const percents = commitments.map((c) => c.percent).filter((p): p is number => p !== null);
  const overall = percents.length ? round(percents.reduce((s, v) => s + v, 0) / percents.length, fw.percent.decimals ?? 1) : null;
  return { framework: fw.id, commitments, overall };
}
