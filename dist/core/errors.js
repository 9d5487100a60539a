export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
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
    constructor(message, findings) {
        super(message, EXIT_FINDINGS);
        this.findings = findings;
    }
}
/** A file that cannot be read. The reason is a code so the CLI can say it in the user's language. */
export class FileAccessError extends UsageError {
    file;
    reason;
    detail;
    constructor(file, reason, detail = '') {
        super(reason === 'missing'
            ? `${file}: no such file`
            : reason === 'directory'
                ? `${file}: is a directory, expected a YAML file`
                : `${file}: cannot be read (${detail})`);
        this.file = file;
        this.reason = reason;
        this.detail = detail;
    }
}
/** A file with errors, or of another kind than the command needs; the CLI words the summary in the user's language. */
export class InvalidFileError extends FindingsError {
    file;
    kind;
    constructor(file, kind, findings) {
        super(`${file} is not a valid ${kind} file`, findings);
        this.file = file;
        this.kind = kind;
    }
}
