// The history of one assessment file, read from git: every committed version,
// scored. A version that does not parse or validate is kept, with the reason,
// because "the file was broken in March" is part of the story too.
import { resolve } from 'node:path';
import { realPath } from './fs/real-path.js';
import { fileCommits, hasLocalChanges, trackedFile, GitError } from './git.js';
import { openBlobReader } from './git-blobs.js';
import { round, scoreAssessment } from './score.js';
import { codeWords, createContext, validateBytes } from './validate/index.js';
import { MAX_FILE_BYTES } from './validate/parse.js';
import { refusalCoded } from './validate/read.js';
import { wrongKindFinding } from './load.js';
import { shownPath } from './paths.js';
export async function readHistory(file, options) {
    const abs = resolve(options.cwd, file);
    // git reports the repository's real path; compare like with like (macOS's /var is /private/var). A file with
    // none (missing, a dangling link) is taken as written: trackedFile, next, says it is not there.
    const real = realPath(abs) ?? abs;
    const tracked = await trackedFile(abs, options);
    const commits = await fileCommits(tracked, options);
    if (commits.length === 0)
        throw new GitError('no-commits', file, `${file} has no commit yet`);
    // Frameworks are resolved relative to where the file is now, and may not leave the repository.
    const vctx = createContext(tracked.root, { env: options.env, ...(options.word ? { word: options.word } : {}) });
    const versions = [];
    const blobs = openBlobReader(tracked.root, options);
    try {
        for (const commit of [...commits].reverse())
            versions.push(await readVersion(commit, real, vctx, blobs));
    }
    finally {
        blobs.close();
    }
    const latestOk = [...versions].reverse().find((v) => v.status === 'ok');
    // A version with no `language:` of its own (too large to read, not an assessment) is worded in the language
    // the history is shown in: its latest scored version's, by the caller's rule, as the table around it.
    for (const v of versions) {
        const coded = unworded.get(v);
        if (coded && latestOk?.language !== undefined)
            v.problem = worded(coded, latestOk.language, vctx);
    }
    const framework = latestOk ? frameworks.get(latestOk) : undefined;
    if (framework) {
        for (const v of versions) {
            if (v.status === 'ok' && v.framework !== framework.id) {
                v.status = 'other-framework';
                delete v.percents;
                delete v.na;
                delete v.overall;
                delete v.overallCoverage;
            }
        }
    }
    const kept = options.perLab ? lastPerDate(versions) : versions;
    markSameDates(kept);
    const first = kept.findIndex((v) => v.status === 'ok');
    const latest = kept.map((v) => v.status).lastIndexOf('ok');
    if (first !== -1 && framework) {
        const base = kept[first]?.percents ?? [];
        const decimals = framework.percent.decimals ?? 1;
        for (const v of kept) {
            if (v.status !== 'ok' || !v.percents)
                continue;
            v.change = v.percents.map((p, i) => (p === null || base[i] == null ? null : round(p - base[i], decimals)));
        }
    }
    const trendOverall = framework && first !== -1 ? overallOverCommon(framework, kept[first], kept[latest]) : undefined;
    return {
        file: shownPath(file, options.cwd), // as typed (paths.ts: the one rule)
        root: tracked.root,
        path: tracked.path,
        framework,
        versions: kept,
        first: first === -1 ? undefined : first,
        latest: latest === -1 ? undefined : latest,
        ...(trendOverall ? { trendOverall } : {}),
        uncommitted: await hasLocalChanges(tracked, options),
    };
}
// The framework each ok version was scored with, kept beside the versions
// (not in them: the JSON output should not repeat a whole framework per line).
const frameworks = new WeakMap();
async function readVersion(commit, currentFile, vctx, blobs) {
    const version = {
        commit: commit.hash,
        short: commit.short,
        committed: commit.committed,
        subject: commit.subject,
        path: commit.path,
        status: 'ok',
    };
    if (commit.status === 'D')
        return { ...version, status: 'deleted' };
    // A version over the size limit is never read (git says its size first): the usual file-too-large, and the history goes on.
    const shown = await blobs.read(commit.hash, commit.path, MAX_FILE_BYTES);
    if ('tooLarge' in shown) {
        return invalid(version, refusalCoded(currentFile, { problem: 'too-large', size: shown.tooLarge, max: MAX_FILE_BYTES, head: Buffer.alloc(0) }, vctx.cwd), vctx);
    }
    // A submodule at the path in that commit (or a folder, though git log lists a file replaced by one as deleted):
    // not a file, the same refusal as `validate`'s for a folder.
    if ('notAFile' in shown)
        return invalid(version, refusalCoded(currentFile, { problem: 'not-regular', type: shown.notAFile }, vctx.cwd), vctx);
    // Validated as if it were the current file, so a framework path resolves from where the file is now; its bytes, as
    // `validate` reads a file (an encoding that is not UTF-8 is a finding), and only its errors, as the loaders do.
    const report = validateBytes(currentFile, shown.bytes, vctx, { fast: true, errorsOnly: true });
    const data = report.data;
    if (data && typeof data === 'object') {
        if (typeof data.date === 'string')
            version.date = data.date;
        if (typeof data.city === 'string')
            version.city = data.city;
        if (typeof data.language === 'string')
            version.language = data.language;
    }
    const error = report.findings.find((f) => f.severity === 'error');
    if (error || report.kind !== 'assessment' || !report.framework) {
        // A symbolic link is stored as a blob of its target's path, which would read as text: say what it is instead
        // (its target is never followed). Asked only of a version that fails, so a valid history costs no more.
        if ((await blobs.mode(commit.hash, commit.path)) === '120000') {
            return invalid(version, refusalCoded(currentFile, { problem: 'not-regular', type: 'symlink' }, vctx.cwd), vctx);
        }
        // Not an assessment: a code and its params, worded by the caller's `word` (the CLI's language rule), never here.
        if (!error)
            return invalid(version, wrongKindFinding(currentFile, 'assessment', report.kind), vctx);
        return { ...version, status: 'invalid', problem: { line: error.line, column: error.column, rule: error.rule, message: error.message } };
    }
    const fw = report.framework;
    const score = scoreAssessment(data, fw);
    const ok = {
        ...version,
        framework: fw.id,
        percents: score.commitments.map((c) => c.percent),
        na: score.commitments.map((c) => c.status === 'na'),
        overall: score.overall,
        overallCoverage: score.overallCoverage,
    };
    frameworks.set(ok, fw);
    return ok;
}
/** The version as invalid, for one coded finding, worded by the context's `word` (codes without one), in the version's language. */
function invalid(version, finding, vctx) {
    const out = { ...version, status: 'invalid', problem: worded(finding, version.language, vctx) };
    if (version.language === undefined)
        unworded.set(out, finding);
    return out;
}
/** The finding of a version that had no language of its own (only those), kept to be worded again once the history's is known. */
const unworded = new WeakMap();
function worded(finding, language, vctx) {
    const [f] = vctx.word ? vctx.word([finding], language) : codeWords([finding]);
    const { line, column, rule, message } = f;
    return { line, column, rule, message };
}
/** Mean of the first and the latest version over the commitments both scored, and its change. */
function overallOverCommon(fw, first, latest) {
    const decimals = fw.percent.decimals ?? 1;
    const a = first?.percents ?? [];
    const b = latest?.percents ?? [];
    const common = fw.commitments.map((_, i) => i).filter((i) => a[i] != null && b[i] != null);
    const mean = (values) => common.length ? round(common.reduce((sum, i) => sum + values[i], 0) / common.length, decimals) : null;
    const from = mean(a);
    const to = mean(b);
    return {
        ids: common.map((i) => fw.commitments[i]?.id),
        total: fw.commitments.length,
        first: from,
        latest: to,
        change: from === null || to === null ? null : round(to - from, decimals),
    };
}
/** The last version of each LAB date, in order; versions without a usable date are kept as they are. */
function lastPerDate(versions) {
    // From the newest back: a dated ok version is kept when no later one had its date (one pass, not one per version).
    const later = new Set();
    const kept = [];
    for (let i = versions.length - 1; i >= 0; i--) {
        const v = versions[i];
        if (v.status === 'ok' && v.date) {
            if (later.has(v.date))
                continue;
            later.add(v.date);
        }
        kept.push(v);
    }
    return kept.reverse();
}
function markSameDates(versions) {
    const seen = new Set();
    for (const v of versions) {
        if (v.status !== 'ok' || !v.date)
            continue;
        if (seen.has(v.date))
            v.sameDate = true;
        seen.add(v.date);
    }
}
