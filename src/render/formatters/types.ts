// What every findings formatter receives, and the one interface they share.
import type { ChalkInstance } from 'chalk';
import type { OutputFormatter } from '../formats/types.js';
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

/** The one output interface (../formats/types.ts), for findings: the whole of stdout for a run ('' when there is nothing to print). */
export type Formatter = OutputFormatter<ValidationRun, ChalkInstance>;
