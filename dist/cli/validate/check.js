// Checking a list of files, in order of the list, keeping only what the
// output needs (findings), so memory stays flat however many files there are.
// Shared by the main thread and the worker threads of pool.ts.
import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { createContext, validateBytes } from '../../core/validate/index.js';
import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';
import { resolveLang } from '../../core/lang.js';
import { shownPath } from '../../core/paths.js';
export function makeContext(settings) {
    return createContext(settings.cwd, { lang: settings.lang, env: settings.env });
}
/** Reads and checks one file. An unreadable file is a usage error (exit 2), not a finding. */
export function checkOne(target, vctx) {
    const shown = shownPath(target.path, vctx.cwd);
    let bytes;
    try {
        bytes = readFileSync(target.path);
    }
    catch (error) {
        const t = translator(validateMessages, resolveLang(vctx.lang, undefined, vctx.env));
        throw new UsageError(t('unreadable', { path: shown, reason: error.code ?? String(error) }));
    }
    const report = validateBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
    return report.skipped ? 'skipped' : { file: shown, kind: report.kind, findings: report.findings };
}
