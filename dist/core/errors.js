export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** Ctrl+C before anything was written (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;
/** Base class: anything the user can fix, with a message meant for them. */
export class C21Error extends Error {
    exitCode;
    hint;
    constructor(message, exitCode, hint) {
        super(message);
        this.exitCode = exitCode;
        this.hint = hint;
        this.name = new.target.name;
    }
}
/** Bad arguments, unreadable paths, missing terminal: exit 2. */
export class UsageError extends C21Error {
    constructor(message, hint) {
        super(message, EXIT_USAGE, hint);
    }
}
/** The input files have problems, each located: exit 1. */
export class FindingsError extends C21Error {
    findings;
    constructor(message, findings, hint) {
        super(message, EXIT_FINDINGS, hint);
        this.findings = findings;
    }
}
/** A file that cannot be read. The reason is a code so the CLI can say it in the user's language. */
export class FileAccessError extends UsageError {
    file;
    reason;
    detail;
    constructor(file, reason, detail = '') {
        super(detail ? `${file}: ${reason} (${detail})` : `${file}: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.detail = detail;
    }
}
/**
 * A file with errors, or of another kind than the command needs. The core gives its findings as codes
 * (CodedFindings); the CLI words them, and the summary, in the user's language (src/cli/refusal-words.ts).
 * Until then `findings` carry their rule as message. A caller above the core may still give worded findings.
 */
export class InvalidFileError extends FindingsError {
    file;
    kind;
    /** The findings as codes, when the core found them; undefined when they came worded. */
    coded;
    /** The file's `language:` as written, for wording `coded`. */
    language;
    /** The language its findings were worded in (set by the CLI that words them), so its summary line says the same. */
    wordedIn;
    constructor(file, kind, findings, hint) {
        const coded = Array.isArray(findings) ? undefined : findings;
        super(`${file}: invalid-${kind}`, coded ? coded.coded.map(ruleAsMessage) : findings, hint);
        this.file = file;
        this.kind = kind;
        if (coded) {
            this.coded = coded.coded;
            if (coded.language !== undefined)
                this.language = coded.language;
        }
    }
    /** The findings as given (codes, or words): to throw the same error again under another name or with a hint. */
    get given() {
        return this.coded ? { coded: this.coded, ...(this.language !== undefined ? { language: this.language } : {}) } : this.findings;
    }
}
/**
 * An edit refused before anything was written: the edited text would have these errors (as codes, placed
 * in that text), so `validate` would refuse the file. Each writer says it in its own words: `set` exits,
 * the walkthrough asks again, the room answers the phone (core/edit/validated.ts).
 */
export class InvalidEditError extends InvalidFileError {
    constructor(file, findings) {
        super(file, 'assessment', findings);
    }
}
/** A coded finding with its rule for message: no sentence, until the CLI words it. */
function ruleAsMessage(f) {
    const out = {};
    for (const [k, v] of Object.entries(f))
        out[k === 'phrase' ? 'message' : k] = k === 'phrase' ? f.rule : v;
    return out;
}
/**
 * A write c21lab refused or could not finish safely: the file is read-only,
 * another c21lab holds its lock, or it kept changing under us. The CLI says it
 * in the user's language (src/i18n/write.ts); the file is left as it was.
 */
export class WriteRefusedError extends UsageError {
    file;
    reason;
    detail;
    constructor(file, reason, detail = {}) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.detail = detail;
    }
}
/**
 * An edit c21lab will not make by itself, so nothing is written: the edited
 * value reaches its map through a YAML merge key (`<<`) that it could not write
 * out so the file keeps every other value (`path`, at `line`:`column` of the
 * `<<`). The core does not know the file's name: the writer that does sets it
 * (`in`). The CLI says it in the user's language (src/i18n/write.ts).
 */
export class EditRefusedError extends UsageError {
    reason;
    path;
    line;
    column;
    file;
    constructor(reason, path, line, column, file = '') {
        super(`${file || '<text>'}:${line}:${column}: ${reason} ${path}`);
        this.reason = reason;
        this.path = path;
        this.line = line;
        this.column = column;
        this.file = file;
    }
    /** The same refusal, naming the file it is about. */
    in(file) {
        return new EditRefusedError(this.reason, this.path, this.line, this.column, file);
    }
}
/** The person stopped a command (Ctrl+C) before it wrote anything: exit 130, nothing more to say. */
export class InterruptedError extends C21Error {
    constructor() {
        super('interrupted', EXIT_INTERRUPTED);
    }
}
/** Inputs refused before anything was written: exit 1; the boundary lists each problem, then the message. */
export class ProblemsError extends C21Error {
    problems;
    constructor(message, problems) {
        super(message, EXIT_FINDINGS);
        this.problems = problems;
    }
}
