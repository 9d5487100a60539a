// The review file (c21lab: review/1): the expert's own text beside an
// assessment: introduction, context, executive summary, a synthesis per
// commitment, recommendations or pilot measures, next steps, credits. Text may
// be given once, in the review's language, or in several languages; a report
// in another language keeps the original and marks it with its own `lang`.
// Pure, except loadReview (reads and validates the file, like core/load.ts).
import { basename, dirname, join } from 'node:path';
import { loadKind } from './load.js';
import { isBlankText, parseMarkdown } from './markdown.js';
const LANG_ORDER = ['en', 'fr', 'es'];
/** The text in `lang` where the review gives it, else in the review's language, else the first given. */
export function chooseText(text, lang, original) {
    if (text === null || text === undefined)
        return null;
    let raw;
    let inLang = original;
    if (typeof text === 'string')
        raw = text;
    else if (typeof text === 'number')
        raw = String(text); // a timeframe written as a year
    else {
        const found = [lang, original, ...LANG_ORDER].find((l) => typeof text[l] === 'string' && !isBlankText(text[l]));
        if (found) {
            raw = text[found];
            inLang = found;
        }
    }
    if (raw === undefined || isBlankText(raw))
        return null;
    return { blocks: parseMarkdown(raw), lang: inLang, foreign: inLang !== lang };
}
/** Where `report` looks for the review of an assessment: beside it, `NAME.review.yaml` for `NAME.yaml`. */
export function conventionalReviewPath(assessmentFile) {
    return join(dirname(assessmentFile), basename(assessmentFile).replace(/\.ya?ml$/i, '') + '.review.yaml');
}
/** Reads (safely, like every input) and validates a review file; throws InvalidFileError with located findings. */
export async function loadReview(file, ctx) {
    return (await loadKind(file, 'review', ctx)).report.data;
}
