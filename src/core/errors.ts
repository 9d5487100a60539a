// Typed errors. Core code throws these; the CLI's single error boundary
// (src/cli/main.ts) maps them to exit codes and prints them without a stack.
// An error the core raises about a file carries codes and params, never a
// sentence: its `message` is a code for logs (`lab.yaml: missing`), and the
// CLI says it in the user's language (main.ts, refusal-words.ts, src/i18n/).
import type { Finding, Lang } from './types.js';
import type { CodedFinding } from './validate/phrase.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** Ctrl+C before anything was written (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/** Base class: anything the user can fix, with a message meant for them. */
export class C21Error extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad arguments, unreadable paths, missing terminal: exit 2. */
export class UsageError extends C21Error {
  constructor(message: string, hint?: string) {
    super(message, EXIT_USAGE, hint);
  }
}

/** The input files have problems, each located: exit 1. */
export class FindingsError extends C21Error {
  constructor(
    message: string,
    readonly findings: Finding[],
    hint?: string,
  ) {
    super(message, EXIT_FINDINGS, hint);
  }
}

/** A file that cannot be read. The reason is a code so the CLI can say it in the user's language. */
export class FileAccessError extends UsageError {
  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'directory' | 'unreadable',
    readonly detail = '',
  ) {
    super(detail ? `${file}: ${reason} (${detail})` : `${file}: ${reason}`);
  }
}

/** A file's findings as codes (core/validate/phrase.ts), with the file's `language:` as written, which the CLI words them by. */
export interface CodedFindings {
  coded: readonly CodedFinding[];
  language?: string;
}

/**
 * A file with errors, or of another kind than the command needs. The core gives its findings as codes
 * (CodedFindings); the CLI words them, and the summary, in the user's language (src/cli/refusal-words.ts).
 * Until then `findings` carry their rule as message. A caller above the core may still give worded findings.
 */
export class InvalidFileError extends FindingsError {
  /** The findings as codes, when the core found them; undefined when they came worded. */
  readonly coded?: readonly CodedFinding[];
  /** The file's `language:` as written, for wording `coded`. */
  readonly language?: string;
  /** The language its findings were worded in (set by the CLI that words them), so its summary line says the same. */
  wordedIn?: Lang;
  constructor(
    readonly file: string,
    readonly kind: 'assessment' | 'framework' | 'benchmark' | 'practice' | 'review',
    findings: Finding[] | CodedFindings,
    hint?: string,
  ) {
    const coded = Array.isArray(findings) ? undefined : findings;
    super(`${file}: invalid-${kind}`, coded ? coded.coded.map(ruleAsMessage) : (findings as Finding[]), hint);
    if (coded) {
      this.coded = coded.coded;
      if (coded.language !== undefined) this.language = coded.language;
    }
  }

  /** The findings as given (codes, or words): to throw the same error again under another name or with a hint. */
  get given(): Finding[] | CodedFindings {
    return this.coded ? { coded: this.coded, ...(this.language !== undefined ? { language: this.language } : {}) } : this.findings;
  }
}

/**
 * An edit refused before anything was written: the edited text would have these errors (as codes, placed
 * in that text), so `validate` would refuse the file. Each writer says it in its own words: `set` exits,
 * the walkthrough asks again, the room answers the phone (core/edit/validated.ts).
 */
export class InvalidEditError extends InvalidFileError {
  constructor(file: string, findings: CodedFindings) {
    super(file, 'assessment', findings);
  }
}

/** A coded finding with its rule for message: no sentence, until the CLI words it. */
function ruleAsMessage(f: CodedFinding): Finding {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) out[k === 'phrase' ? 'message' : k] = k === 'phrase' ? f.rule : v;
  return out as unknown as Finding;
}

/**
 * A write c21lab refused or could not finish safely: the file is read-only,
 * another c21lab holds its lock, or it kept changing under us. The CLI says it
 * in the user's language (src/i18n/write.ts); the file is left as it was.
 */
export class WriteRefusedError extends UsageError {
  constructor(
    readonly file: string,
    readonly reason: 'readOnly' | 'locked' | 'changed' | 'notRegular',
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`${file}: ${reason}`);
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
  constructor(
    readonly reason: 'mergeKey',
    readonly path: string,
    readonly line: number,
    readonly column: number,
    readonly file = '',
  ) {
    super(`${file || '<text>'}:${line}:${column}: ${reason} ${path}`);
  }

  /** The same refusal, naming the file it is about. */
  in(file: string): EditRefusedError {
    return new EditRefusedError(this.reason, this.path, this.line, this.column, file);
  }
}

/** The person stopped a command (Ctrl+C) before it wrote anything: exit 130, nothing more to say. */
export class InterruptedError extends C21Error {
  constructor() {
    super('interrupted', EXIT_INTERRUPTED);
  }
}

/** A problem in what the person typed or gave (an argument, a CSV row), named by where it is: `sheet.csv:2:3`, `lab.yaml`. */
export interface Problem {
  where: string;
  message: string;
}

/** Inputs refused before anything was written: exit 1; the boundary lists each problem, then the message. */
export class ProblemsError extends C21Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message, EXIT_FINDINGS);
  }
}
