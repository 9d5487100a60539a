// The things a LAB scores, in framework order: each commitment itself, or
// each of its actions when the framework lists actions.
import type { ActionResult, Assessment, FrameworkAction, FrameworkCommitment, Framework, ScoreValue } from '../core/types.js';

export interface Item {
  index: number;
  commitment: FrameworkCommitment;
  /** Position of the commitment in the framework, 1-based. */
  commitmentNo: number;
  action?: FrameworkAction;
  /** Position of the action among its commitment's actions, 1-based. */
  actionNo?: number;
  /** Commitment id, or action id: what `c21lab set` calls it. */
  id: string;
}

export function buildItems(fw: Framework): Item[] {
  const items: Item[] = [];
  fw.commitments.forEach((commitment, ci) => {
    const actions = commitment.actions ?? [];
    if (actions.length === 0) {
      items.push({ index: items.length, commitment, commitmentNo: ci + 1, id: commitment.id });
    } else {
      actions.forEach((action, ai) =>
        items.push({ index: items.length, commitment, commitmentNo: ci + 1, action, actionNo: ai + 1, id: action.id }),
      );
    }
  });
  return items;
}

export function resultOf(assessment: Assessment, item: Item): ActionResult {
  const c = assessment.commitments?.[item.commitment.id];
  return (item.action ? c?.actions?.[item.action.id] : c) ?? {};
}

export function scoreOf(assessment: Assessment, item: Item): ScoreValue | undefined {
  return resultOf(assessment, item).score;
}

/** Where a resumed session starts: the first item not yet scored (n/a counts as answered). */
export function firstUnscored(assessment: Assessment, items: readonly Item[]): number | undefined {
  return items.find((item) => scoreOf(assessment, item) === undefined)?.index;
}

export function firstItemOf(items: readonly Item[], commitmentId: string): number | undefined {
  return items.find((item) => item.commitment.id === commitmentId)?.index;
}

export interface Progress {
  commitment: FrameworkCommitment;
  answered: number; // a score or n/a
  na: number;
  total: number;
}

export function progress(assessment: Assessment, fw: Framework, items: readonly Item[]): Progress[] {
  return fw.commitments.map((commitment) => {
    const own = items.filter((i) => i.commitment.id === commitment.id);
    const scores = own.map((i) => scoreOf(assessment, i));
    return {
      commitment,
      answered: scores.filter((s) => s !== undefined).length,
      na: scores.filter((s) => s === 'n/a').length,
      total: own.length,
    };
  });
}

export interface ToDo {
  item: Item;
  scored: boolean;
  /** Present participants without a vote (when votes are collected). */
  missingVotes: string[];
}

/** Every item with something missing: no agreed score, or (with votes) a present participant who has not voted. */
export function stillToDo(assessment: Assessment, items: readonly Item[], voters?: readonly string[]): ToDo[] {
  const out: ToDo[] = [];
  for (const item of items) {
    const result = resultOf(assessment, item);
    const scored = result.score !== undefined;
    const missingVotes = voters ? voters.filter((id) => result.votes?.[id] === undefined) : [];
    if (!scored || missingVotes.length) out.push({ item, scored, missingVotes });
  }
  return out;
}
