// Opening an assessment for editing: the same checks and located messages as
// `validate` (through loadAssessment), the raw text for faithful edits, and
// the path shown as the person typed it.
import { resolve } from 'node:path';
import { FileAccessError, FindingsError, InvalidFileError } from '../core/errors.js';
import { loadAssessment, readText, RefusedRead } from '../core/load.js';
import { shownPath } from '../core/paths.js';
export async function openAssessment(arg, cwd, 
/** `validation`: the caller's validation context (the CLI's ctx.validation(), which holds the run's language rule). */
options) {
    const path = resolve(cwd, arg);
    const shown = shownPath(arg, cwd); // as typed (core/paths.ts: the one rule)
    let loaded;
    const vctx = options.validation;
    try {
        loaded = await loadAssessment(path, vctx);
    }
    catch (error) {
        if (error instanceof FindingsError) {
            const relabel = (s) => s.split(path).join(shown);
            const findings = error.findings.map((f) => ({ ...f, file: relabel(f.file) }));
            if (error instanceof RefusedRead)
                throw new RefusedRead(shown, error.refusal, error.cwd, error.kind);
            throw error instanceof InvalidFileError
                ? new InvalidFileError(shown, error.kind, error.coded ? { ...error.given, coded: error.coded.map((f) => ({ ...f, file: relabel(f.file) })) } : findings)
                : new FindingsError(relabel(error.message), findings);
        }
        if (error instanceof FileAccessError)
            throw new FileAccessError(shown, error.reason, error.detail);
        if (error instanceof Error)
            error.message = error.message.split(path).join(shown);
        throw error;
    }
    return { ...loaded, path, shown, text: await readText(path, { within: [vctx.roots.boundOf(path)], cwd }) };
}
