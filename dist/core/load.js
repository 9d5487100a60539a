// Loading files for commands that need them valid (assess, score, report…):
// the same checks and located messages as `validate`, then typed data.
import { readFile } from 'node:fs/promises';
import { FileAccessError, InvalidFileError } from './errors.js';
import { createContext, validateBytes } from './validate/index.js';
import { parseYaml } from './yaml/source.js';
export async function readText(file) {
    return (await readBytes(file)).toString('utf8');
}
/** The file's bytes; validation decodes them strictly (invalid UTF-8 is a located finding). */
export async function readBytes(file) {
    try {
        return await readFile(file);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new FileAccessError(file, 'missing');
        if (code === 'EISDIR')
            throw new FileAccessError(file, 'directory');
        throw new FileAccessError(file, 'unreadable', code ?? error.message);
    }
}
async function loadKind(file, kind, ctx) {
    // The fast pass (js-yaml) judges clean files; a file with findings is read
    // again by `yaml` for located messages, exactly as `validate` does.
    const bytes = await readBytes(file);
    const report = validateBytes(file, bytes, ctx, { fast: true, errorsOnly: true });
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0)
        throw new InvalidFileError(file, kind, errors);
    if (report.kind !== kind) {
        throw new InvalidFileError(file, kind, [
            { file, line: 1, column: 1, severity: 'error', rule: 'wrong-kind',
                message: `expected "c21lab: ${kind}/1", found a ${report.kind ?? 'file of unknown kind'}` },
        ]);
    }
    return { report, bytes };
}
/** Reads and fully validates an assessment; throws FindingsError with located errors. */
export async function loadAssessment(file, ctx = createContext(process.cwd())) {
    const { report, bytes } = await loadKind(file, 'assessment', ctx);
    let source = report.source;
    return {
        file,
        assessment: report.data,
        framework: report.framework,
        get source() {
            return (source ??= parseYaml(file, bytes.toString('utf8')));
        },
    };
}
export async function loadBenchmark(file, ctx = createContext(process.cwd())) {
    return (await loadKind(file, 'benchmark', ctx)).report.data;
}
