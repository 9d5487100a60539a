// The one rule of every writer of an assessment (`set`, the walkthrough, the
// room): the edited text is validated before it is written, as `validate`
// will read it from disk, by its bytes (a note that takes the file over the
// size limit is refused like any other error), in the caller's validation
// context. A text with errors is refused with them, placed in that text, and
// nothing is written.
import { EditRefusedError, InvalidEditError } from '../errors.js';
import { checkBytes } from '../validate/index.js';
/** Throws InvalidEditError (its findings as codes, `shown` naming the file) when `text` saved as `file` would have errors. */
export function assertEditValid(file, shown, text, ctx) {
    // The fast pass first, errors only: a clean text (nearly every edit) costs one read of it; one with errors
    // is read again by the exact pass, which places them.
    const report = checkBytes(file, Buffer.from(text, 'utf8'), ctx, { fast: true, errorsOnly: true });
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length === 0)
        return;
    const coded = errors.map((f) => (f.file === file ? { ...f, file: shown } : f));
    throw new InvalidEditError(shown, { coded, ...(report.language !== undefined ? { language: report.language } : {}) });
}
/**
 * `edit`, its result checked by assertEditValid. Given to updateDocument, so the text checked is the text
 * written: the latest on disk with the edit applied, checked again on each retry.
 */
export function validatedEdit(edit, file, shown, ctx) {
    return (text) => {
        let next;
        try {
            next = edit(text);
        }
        catch (error) {
            // A refusal made on the text alone (core/edit/splice.ts) names the file here.
            if (error instanceof EditRefusedError && !error.file)
                throw error.in(shown);
            throw error;
        }
        // An unchanged text is not written (updateDocument), and was valid already.
        if (next !== text)
            assertEditValid(file, shown, next, ctx);
        return next;
    };
}
