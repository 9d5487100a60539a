// The review file (c21lab: review/1): the expert's own text beside an
// assessment: introduction, context, executive summary, a synthesis per
// commitment, recommendations or pilot measures, next steps, credits. Text may
// be given once, in the review's language, or in several languages; a report
// in another language keeps the original and marks it with its own `lang`.
// Pure, except loadReview (reads and validates the file, like core/load.ts).
import { basename, dirname, join } from 'node:path';
import { loadKind } from './load.js';
import { isBlankText, parseMarkdown, type Block } from './markdown.js';
import type { ValidateContext } from './validate/index.js';
import type { Lang } from './types.js';

/** One text: in the review's language, or per language. null: not written yet. */
export type ReviewText = string | Partial<Record<Lang, string>> | null;

export interface ReviewRecommendation {
  title: ReviewText;
  commitments?: (string | number)[];
  owner?: ReviewText;
  timeframe?: ReviewText | number;
  description?: ReviewText;
}

export interface Review {
  c21lab: 'review/1';
  assessment?: string;
  framework?: string;
  language: Lang;
  date?: string;
  kind?: 'recommendations' | 'pilot-measures';
  authors?: { name: string; role?: ReviewText }[];
  introduction?: ReviewText;
  context?: ReviewText;
  summary?: ReviewText;
  commitments?: Record<string, ReviewText>;
  whatChanged?: ReviewText;
  recommendations?: ReviewRecommendation[];
  nextSteps?: ReviewText;
  acknowledgements?: ReviewText;
}

/** A text chosen for a report language: its blocks, and the language it is actually in. */
export interface ChosenText {
  blocks: Block[];
  lang: Lang;
  /** True when the text is not in the report's language (kept in its original one). */
  foreign: boolean;
}

const LANG_ORDER: Lang[] = ['en', 'fr', 'es'];

/** The text in `lang` where the review gives it, else in the review's language, else the first given. */
export function chooseText(text: ReviewText | number | undefined, lang: Lang, original: Lang): ChosenText | null {
  if (text === null || text === undefined) return null;
  let raw: string | undefined;
  let inLang: Lang = original;
  if (typeof text === 'string') raw = text;
  else if (typeof text === 'number') raw = String(text); // a timeframe written as a year
  else {
    const found = [lang, original, ...LANG_ORDER].find((l) => typeof text[l] === 'string' && !isBlankText(text[l] as string));
    if (found) {
      raw = text[found];
      inLang = found;
    }
  }
  if (raw === undefined || isBlankText(raw)) return null;
  return { blocks: parseMarkdown(raw), lang: inLang, foreign: inLang !== lang };
}

/** Where `report` looks for the review of an assessment: beside it, `NAME.review.yaml` for `NAME.yaml`. */
export function conventionalReviewPath(assessmentFile: string): string {
  return join(dirname(assessmentFile), basename(assessmentFile).replace(/\.ya?ml$/i, '') + '.review.yaml');
}

/** Reads (safely, like every input) and validates a review file; throws InvalidFileError with located findings. */
export async function loadReview(file: string, ctx: ValidateContext): Promise<Review> {
  return (await loadKind(file, 'review', ctx)).report.data as unknown as Review;
}
