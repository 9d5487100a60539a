// Checking a list of files, in order of the list, keeping only what the
// output needs (findings), so memory stays flat however many files there are.
// Shared by the main thread and the worker threads of pool.ts.
import { UsageError } from '../../core/errors.js';
import type { FileKind, Finding, Lang } from '../../core/types.js';
import { createContext, hasMarker, validateBytes, type ValidateContext } from '../../core/validate/index.js';
import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';
import { isLang } from '../../core/lang.js';
import { shownPath } from '../../core/paths.js';
import { readForCheck, refusalFinding } from '../../core/validate/read.js';

export interface Target {
  path: string; // absolute
  explicit: boolean; // named as a file: no marker is an error, not a skip
}

export interface CheckSettings {
  cwd: string;
  lang?: Lang;
  env: Record<string, string | undefined>;
}

/** `lang`: the file's own `language:`, which its findings follow when --lang is not given. */
export type Checked = { file: string; kind?: FileKind; findings: Finding[]; lang?: Lang } | 'skipped';

export function makeContext(settings: CheckSettings): ValidateContext {
  return createContext(settings.cwd, { lang: settings.lang, env: settings.env });
}

/** Reads and checks one file. A missing or unreadable file is a usage error (exit 2); a refused one, a finding. */
export function checkOne(target: Target, vctx: ValidateContext): Checked {
  const shown = shownPath(target.path, vctx.cwd);
  const read = readForCheck(target.path, [vctx.roots.boundOf(target.path)]);
  if ('refused' in read && read.refused.problem === 'too-large' && !target.explicit && !hasMarker(read.refused.head.toString('latin1'))) {
    return 'skipped'; // a large YAML file of something else, found by a scan
  }
  if ('access' in read || 'refused' in read) {
    const t = translator(validateMessages, vctx.langFor(undefined));
    // Refused unread (a FIFO, a device, a link out of the repository, too large): a finding, whatever the file is called.
    if ('refused' in read) return { file: shown, findings: [refusalFinding(shown, read.refused, t, vctx.cwd)] };
    throw new UsageError(t('unreadable', { path: shown, reason: read.access === 'missing' ? 'ENOENT' : read.code }));
  }
  const bytes = read.bytes;
  const report = validateBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
  if (report.skipped) return 'skipped';
  const language = (report.data as { language?: unknown } | undefined)?.language;
  return { file: shown, kind: report.kind, findings: report.findings, ...(isLang(language) ? { lang: language } : {}) };
}
