import { checkBytes, createContext, hasMarker } from '../../core/validate/index.js';
import { UnreadableTarget } from './unreadable.js';
import { seedBundledFrameworks } from '../../core/frameworks/precompiled.js';
import { shownPath } from '../../core/paths.js';
import { relative } from 'node:path';
import { readForCheck, refusalCoded, unreadableCoded } from '../../core/validate/read.js';
/** A validation context for the run (or a worker), with the bundled frameworks seeded as every command has them (no parse, no schema check); it words nothing (findings stay codes). */
export function makeContext(settings) {
    const vctx = createContext(settings.cwd, { env: settings.env });
    seedBundledFrameworks(vctx);
    return vctx;
}
/**
 * Reads and checks one file. A refused one is a finding. One the user named
 * that cannot be read is a usage error (exit 2, worded by the command); one a
 * scan or --changed-since found (a link to nothing, a link loop, no
 * permission) is a finding too (`unreadable-file`), so the run goes on.
 */
export function checkOne(target, vctx) {
    const shown = shownPath(target.typedRelative ? relative(vctx.cwd, target.path) || '.' : target.path, vctx.cwd);
    if (target.outside !== undefined)
        return { file: shown, findings: [refusalCoded(shown, { problem: 'outside', root: target.outside }, vctx.cwd)] };
    const read = readForCheck(target.path, [vctx.roots.boundOf(target.path)], undefined, target.listedAsFile);
    if ('refused' in read && read.refused.problem === 'too-large' && !target.explicit && !hasMarker(read.refused.head.toString('latin1'))) {
        return 'skipped'; // a large YAML file of something else, found by a scan
    }
    if ('access' in read || 'refused' in read) {
        // Refused unread (a FIFO, a device, a link out of the repository, too large): a finding, whatever the file is called.
        if ('refused' in read)
            return { file: shown, findings: [refusalCoded(shown, read.refused, vctx.cwd)] };
        const reason = read.access === 'missing' ? 'ENOENT' : read.code;
        if (!target.explicit)
            return { file: shown, findings: [unreadableCoded(shown, reason)] };
        throw new UnreadableTarget(shown, reason);
    }
    const bytes = read.bytes;
    const report = checkBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
    if (report.skipped)
        return 'skipped';
    return { file: shown, kind: report.kind, findings: report.findings, ...(report.language !== undefined ? { language: report.language } : {}) };
}
