// What every findings formatter receives, and the one interface they share.
import type { ChalkInstance } from 'chalk';
import type { FileKind, Finding } from '../../core/types.js';

export interface FileResult {
  file: string; // as shown: relative to the working directory
  kind?: FileKind;
  findings: Finding[];
}

export interface RunSummary {
  files: number;
  errors: number;
  warnings: number;
  skipped: number;
}

export interface ValidationRun {
  files: FileResult[];
  summary: RunSummary;
  /** Whether warnings fail the run (--strict). */
  strict: boolean;
  ok: boolean;
}

export interface Formatter {
  /** The whole of stdout for a run ('' when there is nothing to print). */
  format(run: ValidationRun, style: ChalkInstance): string;
}
