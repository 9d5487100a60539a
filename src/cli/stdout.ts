// The output path `-` means stdout, for every command that writes a file a
// person could pipe (report, radar, compare and history --radar, panel, merge,
// practice render, framework --sheet, review new, init): the data alone goes to
// stdout, with no "written" line. ctx.writeOutput does the writing (`dash`).
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { translator } from '../i18n/define.js';
import { outputMessages } from '../i18n/output.js';
import type { CommandContext } from './io.js';

export const STDOUT_PATH = '-';

/** True when the output path the user gave is `-`. */
export function isStdout(path: string | undefined): boolean {
  return path === STDOUT_PATH;
}

/**
 * Binary data (PDF, Word, PNG) on a terminal would fill it with noise: refused (exit 2) unless stdout is
 * redirected to a file or a pipe.
 */
export function refuseBinaryOnTerminal(ctx: CommandContext, format: string, lang: Lang = ctx.lang): void {
  if (ctx.io.stdout.isTTY) throw new UsageError(translator(outputMessages, lang)('binaryOnTerminal', { format }));
}

/**
 * A folder argument (demo's DIR, schemas' DIR, report --out-dir) given as `-`: refused (exit 2), since
 * stdout cannot hold several files and a folder literally named `-` is almost never what was meant.
 * `what` is how the user typed it (an option's flag or the argument's name).
 */
export function refuseDashFolder(ctx: CommandContext, dir: string | undefined, what: string, lang: Lang = ctx.lang): void {
  if (isStdout(dir)) throw new UsageError(translator(outputMessages, lang)('dashFolder', { what }));
}

/**
 * `--format` where it cannot apply: beside a named file whose extension says otherwise, or with no output
 * at all (`what`: the output option as typed, e.g. `--sheet`). Refused (exit 2) rather than ignored.
 */
export function refuseFormatMismatch(ctx: CommandContext, format: string | undefined, file: string | undefined, fromExtension: string | undefined, what: string): void {
  if (format === undefined) return;
  const t = translator(outputMessages, ctx.lang);
  if (file === undefined) throw new UsageError(t('formatUnused', { what }));
  if (!isStdout(file) && fromExtension !== undefined && fromExtension !== format) throw new UsageError(t('formatAndFile', { format, file }));
}
