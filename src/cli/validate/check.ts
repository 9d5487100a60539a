// Checking a list of files, in order of the list, keeping only what the
// output needs (findings), so memory stays flat however many files there are.
// Shared by the main thread and the worker threads of pool.ts.
import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import type { FileKind, Finding, Lang } from '../../core/types.js';
import { createContext, validateBytes, type ValidateContext } from '../../core/validate/index.js';
import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';
import { resolveLang } from '../../core/lang.js';
import { shownPath } from '../../core/paths.js';

export interface Target {
  path: string; // absolute
  explicit: boolean; // named as a file: no marker is an error, not a skip
}

export interface CheckSettings {
  cwd: string;
  lang?: Lang;
  env: Record<string, string | undefined>;
}

export type Checked = { file: string; kind?: FileKind; findings: Finding[] } | 'skipped';

export function makeContext(settings: CheckSettings): ValidateContext {
  return createContext(settings.cwd, { lang: settings.lang, env: settings.env });
}

/** Reads and checks one file. An unreadable file is a usage error (exit 2), not a finding. */
export function checkOne(target: Target, vctx: ValidateContext): Checked {
  const shown = shownPath(target.path, vctx.cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(target.path);
  } catch (error) {
    const t = translator(validateMessages, resolveLang(vctx.lang, undefined, vctx.env));
    throw new UsageError(t('unreadable', { path: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const report = validateBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
  return report.skipped ? 'skipped' : { file: shown, kind: report.kind, findings: report.findings };
}
