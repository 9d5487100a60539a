// validate's findings in words, for the callers that still take worded
// findings (the loaders, history, init, merge…): the coded result of
// index.ts worded in the language the context's `langFor` gives for the
// file's `language:`. `c21lab validate` does not come here: it words in the
// CLI, only what it shows (src/cli/validate/words.ts).
import { wordFindings } from '../../i18n/validate-words.js';
import { checkBytes, checkText, frameworkRef } from './index.js';
function worded(report, ctx) {
    const { language, ...rest } = report;
    return { ...rest, findings: wordFindings(report.findings, ctx.langFor(language)) };
}
/** checkBytes, findings in words. */
export function validateBytes(file, bytes, ctx, options = {}) {
    return worded(checkBytes(file, bytes, ctx, options), ctx);
}
/** checkText, findings in words. */
export function validateText(file, text, ctx, options = {}) {
    return worded(checkText(file, text, ctx, options), ctx);
}
/** frameworkRef, findings in words (the language of the referring side, which is not known here: langFor(undefined)). */
export function loadFrameworkRef(ref, fromFile, ctx) {
    const entry = frameworkRef(ref, fromFile, ctx);
    return { ...entry, findings: wordFindings(entry.findings, ctx.langFor(undefined)) };
}
