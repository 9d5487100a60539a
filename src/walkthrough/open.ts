// Opening an assessment for editing: the same checks and located messages as
// `validate` (through loadAssessment), the raw text for faithful edits, and
// the path shown as the person typed it.
import { resolve } from 'node:path';
import { FileAccessError, FindingsError, InvalidFileError } from '../core/errors.js';
import { loadAssessment, readText, RefusedRead, type LoadedAssessment } from '../core/load.js';
import type { ValidateContext } from '../core/validate/index.js';
import { shownPath } from '../core/paths.js';

export interface OpenedAssessment extends LoadedAssessment {
  /** Absolute path. */
  path: string;
  /** Relative to the working directory when inside it. */
  shown: string;
  /** The file as it is on disk (BOM and line ends included). */
  text: string;
}

export async function openAssessment(
  arg: string,
  cwd: string,
  /** `validation`: the caller's validation context (the CLI's ctx.validation(), which holds the run's language rule). */
  options: { validation: ValidateContext },
): Promise<OpenedAssessment> {
  const path = resolve(cwd, arg);
  const shown = shownPath(arg, cwd); // as typed (core/paths.ts: the one rule)
  let loaded: LoadedAssessment;
  const vctx = options.validation;
  try {
    loaded = await loadAssessment(path, vctx);
  } catch (error) {
    if (error instanceof FindingsError) {
      const relabel = (s: string) => s.split(path).join(shown);
      const findings = error.findings.map((f) => ({ ...f, file: relabel(f.file) }));
      if (error instanceof RefusedRead) throw new RefusedRead(shown, error.refusal, error.cwd, error.kind);
      throw error instanceof InvalidFileError
        ? new InvalidFileError(shown, error.kind, error.coded ? { ...error.given, coded: error.coded.map((f) => ({ ...f, file: relabel(f.file) })) } : findings)
        : new FindingsError(relabel(error.message), findings);
    }
    if (error instanceof FileAccessError) throw new FileAccessError(shown, error.reason, error.detail);
    if (error instanceof Error) error.message = error.message.split(path).join(shown);
    throw error;
  }
  return { ...loaded, path, shown, text: await readText(path, { within: [vctx.roots.boundOf(path)], cwd }) };
}
