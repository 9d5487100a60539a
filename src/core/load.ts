// Loading files for commands that need them valid (assess, score, report…):
// the same checks and located messages as `validate`, then typed data.
import { dirname, resolve } from 'node:path';
import { FileAccessError, FindingsError, InvalidFileError } from './errors.js';
import { resolveLang } from './lang.js';
import { DATA_DIR } from './paths.js';
import { validateBytes, type ValidateContext } from './validate/index.js';
import { RootFinder } from './validate/framework-ref.js';
import { readForCheck, refusalFinding } from './validate/read.js';
import { translator } from '../i18n/define.js';
import { validateMessages } from '../i18n/validate.js';
import { parseYaml, type YamlSource } from './yaml/source.js';
import type { Assessment, Benchmark, FileKind, Finding, Framework, Lang } from './types.js';

export interface LoadedAssessment {
  file: string;
  assessment: Assessment;
  framework: Framework;
  /** The YAML document with positions, parsed on first use: most commands never need it. */
  readonly source: YamlSource;
}

/** How a reader is bounded: the folders a file's real path must lie in, and the language of a refusal. */
export interface ReadOptions {
  /** Default: the file's repository (nearest `.git` above where it is named), else its own folder; and the bundled data. */
  within?: readonly string[];
  lang?: Lang;
  env?: Record<string, string | undefined>;
  /** Folders in messages are shown relative to this one. */
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
    const t = translator(validateMessages, resolveLang(options.lang, undefined, options.env ?? {}));
    const finding = refusalFinding(file, read.refused, t, options.cwd ?? dirname(resolve(file)));
    throw new RefusedRead(finding);
  }
  if (read.access === 'missing') throw new FileAccessError(file, 'missing');
  throw new FileAccessError(file, 'unreadable', read.code);
}

/** A file refused unread; its one finding says why. */
export class RefusedRead extends FindingsError {
  constructor(readonly finding: Finding) {
    super(`${finding.file}: ${finding.message}`, [finding]);
  }
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
    bytes = await readBytes(path, { within: [ctx.roots.boundOf(path), DATA_DIR], lang: ctx.lang, env: ctx.env, cwd: ctx.cwd });
  } catch (error) {
    if (error instanceof RefusedRead) throw new InvalidFileError(file, kind, [error.finding]);
    // Named as the user typed it, like every finding, not by the absolute path it was read at.
    if (error instanceof FileAccessError) throw new FileAccessError(file, error.reason, error.detail);
    throw error;
  }
  const report = validateBytes(file, bytes, ctx, { fast: true, errorsOnly: true });
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new InvalidFileError(file, kind, errors);
  if (report.kind !== kind) {
    throw new InvalidFileError(file, kind, [
      { file, line: 1, column: 1, severity: 'error', rule: 'wrong-kind',
        message: `expected "c21lab: ${kind}/1", found a ${report.kind ?? 'file of unknown kind'}` },
    ]);
  }
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

