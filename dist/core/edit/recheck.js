// A file that changed on disk since we read it (a hand edit, another writer)
// is checked again before an edit is applied to it: one that no longer parses
// or validates is refused with the validator's located findings, and the file
// is left exactly as the person saved it.
import { InvalidFileError } from '../errors.js';
import { checkText } from '../validate/index.js';
/** Throws InvalidFileError (findings shown with `shown` as the file name) when `text` has errors. */
export function assertStillValid(file, shown, text, ctx) {
    const report = checkText(file, text, ctx);
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length === 0)
        return;
    const relabel = (s) => s.split(file).join(shown);
    // Codes: the CLI words them (src/cli/refusal-words.ts).
    const coded = errors.map((f) => ({ ...f, file: relabel(f.file) }));
    throw new InvalidFileError(shown, 'assessment', { coded, ...(report.language !== undefined ? { language: report.language } : {}) });
}
/**
 * Wraps an edit so that it refuses a text other than `known` that has errors.
 * `known()` is read at call time (the walkthrough's last saved text).
 */
export function guardedEdit(edit, known, check) {
    return (text) => {
        if (text !== known())
            check(text);
        return edit(text);
    };
}
