// Typed errors. Core code throws these; the CLI's single error boundary
// (src/cli/main.ts) maps them to exit codes and prints them without a stack.
import type { Finding } from './types.js';

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
    super(
      reason === 'missing'
        ? `${file}: no such file`
        : reason === 'directory'
          ? `${file}: is a directory, expected a YAML file`
          : `${file}: cannot be read (${detail})`,
    );
  }
}

/** A file with errors, or of another kind than the command needs; the CLI words the summary in the user's language. */
export class InvalidFileError extends FindingsError {
  constructor(
    readonly file: string,
    readonly kind: 'assessment' | 'framework' | 'benchmark' | 'practice' | 'review',
    findings: Finding[],
    hint?: string,
  ) {
    super(`${file} is not a valid ${kind} file`, findings, hint);
  }
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
    super(
      reason === 'readOnly'
        ? `${file}: the file is read-only; nothing was written`
        : reason === 'locked'
          ? `${file}: another c21lab is writing this file (lock ${detail.lock ?? ''}); nothing was written`
          : reason === 'notRegular'
            ? `${file}: not a regular file; nothing was written`
            : `${file}: the file kept changing while c21lab was saving it; nothing was written`,
    );
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
