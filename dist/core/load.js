// Loading files for commands that need them valid (assess, score, report…):
// the same checks and located messages as `validate`, then typed data.
import { dirname, resolve } from 'node:path';
import { FileAccessError, FindingsError, InvalidFileError } from './errors.js';
import { DATA_DIR } from './paths.js';
import { validateBytes } from './validate/index.js';
import { RootFinder } from './validate/framework-ref.js';
import { READ_RULES, readForCheck } from './validate/read.js';
import { parseYaml } from './yaml/source.js';
export async function readText(file, options = {}) {
    return (await readBytes(file, options)).toString('utf8');
}
/**
 * The file's bytes, read safely (core/fs/read-safe.ts); validation decodes
 * them strictly (invalid UTF-8 is a located finding). A FIFO, a device, a
 * link out of the allowed folders or a file over the size limit is refused
 * unread, with the finding `validate` gives (FindingsError, exit 1).
 */
export async function readBytes(file, options = {}) {
    const within = options.within ?? [new RootFinder(dirname(resolve(file))).boundOf(file), DATA_DIR];
    const read = readForCheck(file, within);
    if ('bytes' in read)
        return read.bytes;
    if ('refused' in read) {
        // A directory named where a file is expected is a mistake in the command, not in a file.
        if (read.refused.problem === 'not-regular' && read.refused.type === 'directory')
            throw new FileAccessError(file, 'directory');
        throw new RefusedRead(file, read.refused, options.cwd ?? dirname(resolve(file)));
    }
    if (read.access === 'missing')
        throw new FileAccessError(file, 'missing');
    throw new FileAccessError(file, 'unreadable', read.code);
}
/**
 * A file refused unread, as a code and its params (`refusal`): the CLI words it
 * (src/cli/refusal-words.ts), in the user's language. Until then its one
 * finding carries the rule and the code, never a sentence. `kind` is set when
 * the file was to be loaded as that kind (then it reads as "not a valid … file").
 */
export class RefusedRead extends FindingsError {
    file;
    refusal;
    cwd;
    kind;
    finding;
    constructor(file, refusal, 
    /** Folders the refusal names are shown relative to this one. */
    cwd, kind) {
        const finding = { file, line: 1, column: 1, severity: 'error', rule: READ_RULES[refusal.problem], message: refusal.problem };
        super(`${file}: ${refusal.problem}`, [finding]);
        this.file = file;
        this.refusal = refusal;
        this.cwd = cwd;
        this.kind = kind;
        this.finding = finding;
    }
}
/**
 * `file` is the name findings use (as the user typed it, or relative to
 * ctx.cwd); it is read relative to ctx.cwd, never to this process's own
 * directory, so the core gives the same answer wherever it is called from.
 */
export async function loadKind(file, kind, ctx) {
    // The fast pass (js-yaml) judges clean files; a file with findings is read
    // again by `yaml` for located messages, exactly as `validate` does.
    const path = resolve(ctx.cwd, file);
    let bytes;
    try {
        bytes = await readBytes(path, { within: [ctx.roots.boundOf(path), DATA_DIR], cwd: ctx.cwd });
    }
    catch (error) {
        if (error instanceof RefusedRead)
            throw new RefusedRead(file, error.refusal, error.cwd, kind);
        // Named as the user typed it, like every finding, not by the absolute path it was read at.
        if (error instanceof FileAccessError)
            throw new FileAccessError(file, error.reason, error.detail);
        throw error;
    }
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
export async function loadAssessment(file, ctx) {
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
export async function loadBenchmark(file, ctx) {
    return (await loadKind(file, 'benchmark', ctx)).report.data;
}
