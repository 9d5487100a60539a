// Loading files for commands that need them valid (assess, score, report…):
// the same checks and located messages as `validate`, then typed data.
import { dirname, resolve } from 'node:path';
import { FileAccessError, InvalidFileError } from './errors.js';
import { DATA_DIR } from './paths.js';
import { checkBytes, type CodedReport, type ValidateContext } from './validate/index.js';
import type { CodedFinding } from './validate/phrase.js';
import { RootFinder } from './validate/framework-ref.js';
import { readForCheck } from './validate/read.js';
import { RefusedRead } from './refused-read.js';
import { parseYaml, type YamlSource } from './yaml/source.js';
import type { Assessment, Benchmark, FileKind, Framework, Lang } from './types.js';

export interface LoadedAssessment {
  file: string;
  assessment: Assessment;
  framework: Framework;
  /** The YAML document with positions, parsed on first use: most commands never need it. */
  readonly source: YamlSource;
}

/** How a reader is bounded: the folders a file's real path must lie in (`lang` and `env` are no longer read: the CLI words a refusal). */
export interface ReadOptions {
  /** Default: the file's repository (nearest `.git` above where it is named), else its own folder; and the bundled data. */
  within?: readonly string[];
  lang?: Lang;
  env?: Record<string, string | undefined>;
  /** Folders a refusal names are shown relative to this one. */
  cwd?: string;
}

export async function readText(file: string, options: ReadOptions = {}): Promise<string> {
  return (await readBytes(file, options)).toString('utf8');
}

/**
 * The file's bytes, read safely (core/fs/read-safe.ts); validation decodes
 * them strictly (invalid UTF-8 is a located finding). A FIFO, a device, a
 * link out of the allowed folders or a file over the size limit is refused
 * unread, with the finding `validate` gives (FindingsError, exit 1).
 */
export async function readBytes(file: string, options: ReadOptions = {}): Promise<Buffer> {
  const within = options.within ?? [new RootFinder(dirname(resolve(file))).boundOf(file), DATA_DIR];
  const read = readForCheck(file, within);
  if ('bytes' in read) return read.bytes;
  if ('refused' in read) {
    // A directory named where a file is expected is a mistake in the command, not in a file.
    if (read.refused.problem === 'not-regular' && read.refused.type === 'directory') throw new FileAccessError(file, 'directory');
    throw new RefusedRead(file, read.refused, options.cwd ?? dirname(resolve(file)));
  }
  if (read.access === 'missing') throw new FileAccessError(file, 'missing');
  throw new FileAccessError(file, 'unreadable', read.code);
}

// RefusedRead lives in its own light module (the CLI's boundary checks it without loading the validators); still exported here.
export { RefusedRead } from './refused-read.js';

/** How the kind a file turned out to be is named in a wrong-kind finding (validate catalog). */
const KIND_WORDS = {
  assessment: 'kindAssessment',
  framework: 'kindFramework',
  benchmark: 'kindBenchmark',
  practice: 'kindPractice',
  review: 'kindReview',
} as const satisfies Record<FileKind, string>;

/** A file of another kind than the one asked for (or of none), as a coded finding on its first line. */
export function wrongKindFinding(file: string, expected: FileKind, found: FileKind | undefined): CodedFinding {
  return { file, line: 1, column: 1, severity: 'error', rule: 'wrong-kind', phrase: { key: 'wrongKind', params: { expected, found: { key: found ? KIND_WORDS[found] : 'kindUnknownFile' } } } };
}

/**
 * `file` is the name findings use (as the user typed it, or relative to
 * ctx.cwd); it is read relative to ctx.cwd, never to this process's own
 * directory, so the core gives the same answer wherever it is called from.
 */
export async function loadKind(file: string, kind: FileKind, ctx: ValidateContext) {
  // The fast pass (js-yaml) judges clean files; a file with findings is read
  // again by `yaml` for located messages, exactly as `validate` does.
  const path = resolve(ctx.cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readBytes(path, { within: [ctx.roots.boundOf(path), DATA_DIR], cwd: ctx.cwd });
  } catch (error) {
    if (error instanceof RefusedRead) throw new RefusedRead(file, error.refusal, error.cwd, kind);
    // Named as the user typed it, like every finding, not by the absolute path it was read at.
    if (error instanceof FileAccessError) throw new FileAccessError(file, error.reason, error.detail);
    throw error;
  }
  // Findings stay codes: the CLI words them, in the language its run chose for this file's `language:`.
  const report: CodedReport = checkBytes(file, bytes, ctx, { fast: true, errorsOnly: true });
  const language = report.language !== undefined ? { language: report.language } : {};
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new InvalidFileError(file, kind, { coded: errors, ...language });
  if (report.kind !== kind) throw new InvalidFileError(file, kind, { coded: [wrongKindFinding(file, kind, report.kind)], ...language });
  return { report, bytes };
}

/** Reads and fully validates an assessment; throws FindingsError with located errors. */
export async function loadAssessment(file: string, ctx: ValidateContext): Promise<LoadedAssessment> {
  const { report, bytes } = await loadKind(file, 'assessment', ctx);
  let source = report.source;
  return {
    file,
    assessment: report.data as Assessment,
    framework: report.framework as Framework,
    get source() {
      return (source ??= parseYaml(file, bytes.toString('utf8')));
    },
  };
}

export async function loadBenchmark(file: string, ctx: ValidateContext): Promise<Benchmark> {
  return (await loadKind(file, 'benchmark', ctx)).report.data as Benchmark;
}

