// A file refused unread (a FIFO, a link out of the repository, a file over the
// size limit), as a code and its params. Kept apart from the validator
// (core/validate/) so that the CLI's error boundary can recognise it without
// loading the validators: main.ts imports this module statically.
import type { ReadProblem } from './fs/read-safe.js';
import { FindingsError, type InvalidFileError } from './errors.js';
import type { Finding } from './types.js';

/** The rule id of each refusal; the same everywhere. */
export const READ_RULES = {
  'not-regular': 'not-a-file',
  outside: 'link-outside',
  'too-large': 'file-too-large',
} as const;

export type Refusal = Extract<ReadProblem, { problem: keyof typeof READ_RULES }>;

/**
 * A file refused unread, as a code and its params (`refusal`): the CLI words it
 * (src/cli/refusal-words.ts), in the user's language. Until then its one
 * finding carries the rule and the code, never a sentence. `kind` is set when
 * the file was to be loaded as that kind (then it reads as "not a valid … file").
 */
export class RefusedRead extends FindingsError {
  readonly finding: Finding;
  constructor(
    readonly file: string,
    readonly refusal: Refusal,
    /** Folders the refusal names are shown relative to this one. */
    readonly cwd: string,
    readonly kind?: InvalidFileError['kind'],
  ) {
    const finding: Finding = { file, line: 1, column: 1, severity: 'error', rule: READ_RULES[refusal.problem], message: refusal.problem };
    super(`${file}: ${refusal.problem}`, [finding]);
    this.finding = finding;
  }
}
