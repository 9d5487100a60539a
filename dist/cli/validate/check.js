// Checking a list of files, in order of the list, keeping only what the
// output needs (findings, as codes, and the file's language, which words.ts
// words them by), so memory stays flat however many files there are.
// Shared by the main thread and the worker threads of pool.ts.
import { UsageError } from '../../core/errors.js';
import { checkBytes, createContext, hasMarker } from '../../core/validate/index.js';
import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';
import { seedBundledFrameworks } from '../../core/frameworks/precompiled.js';
import { shownPath } from '../../core/paths.js';
import { readForCheck, refusalCoded } from '../../core/validate/read.js';
/** A validation context for the run (or a worker), with the bundled frameworks seeded as every command has them (no parse, no schema check). */
export function makeContext(settings) {
    const vctx = createContext(settings.cwd, { lang: settings.lang, env: settings.env });
    seedBundledFrameworks(vctx);
    return vctx;
}
/** Reads and checks one file. A missing or unreadable file is a usage error (exit 2); a refused one, a finding. */
export function checkOne(target, vctx) {
    const shown = shownPath(target.path, vctx.cwd);
    const read = readForCheck(target.path, [vctx.roots.boundOf(target.path)]);
    if ('refused' in read && read.refused.problem === 'too-large' && !target.explicit && !hasMarker(read.refused.head.toString('latin1'))) {
        return 'skipped'; // a large YAML file of something else, found by a scan
    }
    if ('access' in read || 'refused' in read) {
        // Refused unread (a FIFO, a device, a link out of the repository, too large): a finding, whatever the file is called.
        if ('refused' in read)
            return { file: shown, findings: [refusalCoded(shown, read.refused, vctx.cwd)] };
        const t = translator(validateMessages, vctx.langFor(undefined));
        throw new UsageError(t('unreadable', { path: shown, reason: read.access === 'missing' ? 'ENOENT' : read.code }));
    }
    const bytes = read.bytes;
    const report = checkBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
    if (report.skipped)
        return 'skipped';
    return { file: shown, kind: report.kind, findings: report.findings, ...(report.language !== undefined ? { language: report.language } : {}) };
}
