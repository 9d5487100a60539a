import { FindingsError } from './errors.js';
/** The rule id of each refusal; the same everywhere. */
export const READ_RULES = {
    'not-regular': 'not-a-file',
    outside: 'link-outside',
    'too-large': 'file-too-large',
};
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
