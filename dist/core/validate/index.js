// Validation of one file: bytes → text → YAML → kind marker → JSON Schema →
// the checks a schema cannot express (ids against the framework, scale,
// participants…). Returns findings as codes (phrase.ts), never words, and
// needs no language: the CLI words them (src/cli/validate/words.ts), and the
// worded entry points (worded.ts) word through the `word` function their
// caller put in the context. Never throws for bad input. Each step lives in
// its own module; this one only puts them in order.
import { resolve } from 'node:path';
import { seq } from './phrase.js';
import { locate } from '../yaml/source.js';
import { bundledFrameworkIds, isAllowed, resolveFrameworkTarget, RootFinder, } from './framework-ref.js';
import { fastRead } from './fast.js';
import { Events, FastLocator } from './fast-locate.js';
import { decode, MAX_FILE_BYTES, parse } from './parse.js';
import { list, pointer, Reporter } from './report.js';
import { checkAssessment } from './rules/assessment.js';
import { checkBenchmark } from './rules/benchmark.js';
import { checkFramework } from './rules/framework.js';
import { checkNumericKeys, numberSource } from './rules/numeric-ids.js';
import { checkPractice, DEFAULT_PRACTICE_FRAMEWORK } from './rules/practice.js';
import { checkScoreSources, documentSources } from './rules/score-source.js';
import { checkReview } from './rules/review.js';
import { reportSchemaErrors, schemaErrors } from './schema.js';
import { suggest } from '../suggest.js';
import { DATA_DIR, shownPath } from '../paths.js';
import { readForCheck, refusalPhrase } from './read.js';
export { isInside } from './framework-ref.js';
export { MAX_FILE_BYTES } from './parse.js';
export function createContext(cwd, options = {}) {
    const abs = resolve(cwd);
    return {
        cwd: abs,
        roots: new RootFinder(abs),
        frameworks: new Map(),
        lang: options.lang,
        env: options.env ?? {},
        ...(options.word ? { word: options.word } : {}),
    };
}
const MARKERS = {
    'assessment/1': 'assessment',
    'framework/1': 'framework',
    'benchmark/1': 'benchmark',
    'practice/1': 'practice',
    'review/1': 'review',
};
/** A top-level `c21lab:` key, found without parsing, so unrelated YAML in a scanned folder costs almost nothing. */
const MARKER_LINE = /^\uFEFF?["']?c21lab["']?[ \t]*:/m;
export function hasMarker(text) {
    return MARKER_LINE.test(text);
}
/** Checks a file's raw bytes (size, encoding, then everything `checkText` checks). */
export function checkBytes(file, bytes, ctx, options = {}) {
    const explicit = options.explicit ?? true;
    const r = new Reporter(file);
    const text = decode(bytes, r);
    // A found file without the marker is skipped, even when it cannot be decoded (latin1 keeps ASCII as is).
    if (!explicit && !hasMarker(text ?? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAX_FILE_BYTES * 4)).toString('latin1'))) {
        return { file, findings: [], skipped: true };
    }
    if (text === undefined)
        return { file, findings: r.sorted() };
    return check(file, text, ctx, r, options);
}
/** Checks a file's text. `file` is shown in findings and resolved against ctx.cwd for framework paths. */
export function checkText(file, text, ctx, options = {}) {
    if (options.explicit === false && !hasMarker(text))
        return { file, findings: [], skipped: true };
    const r = new Reporter(file);
    return check(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ctx, r, options);
}
/** The file's `language:` as written, when it is text: the CLI words the file's findings by it. */
function languageOf(data) {
    return typeof data.language === 'string' ? { language: data.language } : {};
}
function check(file, text, ctx, r, options) {
    if (options.fast) {
        // Findings are placed from js-yaml's own events (fast-locate.ts) where that is exact; loaders, which
        // only want to know about errors, need no places.
        const events = options.errorsOnly ? undefined : new Events();
        const data = fastRead(text, events);
        if (data) {
            const quick = new Reporter(file);
            if (events)
                quick.locator = new FastLocator(text, data, events);
            const { kind, framework } = judge(file, data, ctx, quick, options.asFramework);
            const clean = options.errorsOnly ? quick.findings.every((f) => f.severity !== 'error') : quick.findings.length === 0;
            const fw = kind === 'framework' ? data : framework;
            if (clean)
                return { file, kind, findings: [], data, framework: fw, ...languageOf(data) };
            if (quick.locator) {
                // The one rule of the exact pass that can fire on a file this pass reads: how scores are written (`4.50`).
                const locator = quick.locator;
                // Here a whole number was written plainly: every other way to write one sends the file to the exact pass (fast.ts).
                checkScoreSources(data, quick, (path) => {
                    const source = locator.numberSource(path);
                    if (source === undefined)
                        quick.unlocated = true;
                    return source ? { source } : null;
                }, true, framework?.scale);
            }
            if (quick.locator && !quick.unlocated) {
                const findings = quick.sorted();
                const report = { file, kind, data, findings, framework, ...languageOf(data) };
                if (kind === 'framework' && !findings.some((f) => f.severity === 'error'))
                    report.framework = fw;
                return report;
            }
        }
    }
    const parsed = parse(text, r);
    if (!parsed)
        return { file, findings: r.sorted(), source: r.src };
    const { src, data } = parsed;
    checkNumericKeys(src, r);
    const { kind, framework } = judge(file, data, ctx, r, options.asFramework);
    checkScoreSources(data, r, documentSources(src), false, framework?.scale);
    const findings = r.sorted();
    const report = { file, kind, data, source: src, findings, framework, ...languageOf(data) };
    if (kind === 'framework' && !findings.some((f) => f.severity === 'error'))
        report.framework = data;
    return report;
}
/** Everything after parsing: the kind marker, the framework, the schema, the rules. */
function judge(file, data, ctx, r, asFramework = false) {
    const marker = data.c21lab;
    const kind = typeof marker === 'string' && Object.hasOwn(MARKERS, marker) ? MARKERS[marker] : undefined;
    if (!kind) {
        const markers = Object.keys(MARKERS).join(', ');
        // No marker at all has its own words: Spanish says "no se encontró ninguna", not "se encontró nada".
        r.at(marker === undefined ? [] : ['c21lab'], 'unknown-kind', marker === undefined
            ? r.msg('missingKind', { markers })
            : r.msg('unknownKind', { markers, found: JSON.stringify(marker) }, typeof marker === 'string' ? suggest(marker, Object.keys(MARKERS)) : undefined));
        return {};
    }
    if (asFramework && kind !== 'framework')
        return { kind };
    const abs = resolve(ctx.cwd, file);
    let framework;
    if (kind === 'assessment' && typeof data.framework === 'string' && data.framework !== '') {
        framework = frameworkOf(data.framework, abs, ctx, r);
    }
    else if ((kind === 'practice' || kind === 'review') && (data.framework === undefined || (typeof data.framework === 'string' && data.framework !== ''))) {
        framework = frameworkOf(data.framework ?? DEFAULT_PRACTICE_FRAMEWORK, abs, ctx, r);
    }
    else if (kind === 'benchmark' && typeof data.framework === 'string') {
        framework = quietFramework(data.framework, abs, ctx);
    }
    const src = r.src;
    const sourceOf = (path) => {
        if (src)
            return numberSource(src, path);
        if (!r.locator)
            return undefined;
        const found = r.locator.numberSource(path);
        if (found === undefined)
            r.unlocated = true;
        return found ?? undefined;
    };
    reportSchemaErrors(schemaErrors(kind, data), r, { scale: framework?.scale, sourceOf });
    if (kind === 'assessment')
        checkAssessment(data, framework, r, sourceOf);
    if (kind === 'framework')
        checkFramework(data, r);
    if (kind === 'benchmark')
        checkBenchmark(data, framework, r);
    if (kind === 'practice')
        checkPractice(data, framework, r);
    if (kind === 'review')
        checkReview(data, framework, r);
    return { kind, framework };
}
/**
 * Reads and validates a framework file once per run. Its real path must lie
 * in `within` (default: its own repository, or the bundled data).
 */
export function frameworkAt(path, ctx, within = [ctx.roots.boundOf(path), DATA_DIR]) {
    const cached = ctx.frameworks.get(path);
    if (cached)
        return cached;
    let result;
    const read = readForCheck(path, within);
    if ('access' in read) {
        result = { findings: [], unreadable: read.access === 'missing' ? 'ENOENT' : read.code };
    }
    else if ('refused' in read) {
        result = { findings: [], refused: read.refused };
    }
    else {
        const report = checkBytes(shownPath(path, ctx.cwd), read.bytes, ctx, { fast: true, errorsOnly: true, asFramework: true }); // only its errors are kept
        const errors = report.findings.filter((f) => f.severity === 'error');
        result = { kind: report.kind, findings: errors };
        if (report.kind === 'framework' && errors.length === 0)
            result.framework = report.data;
    }
    ctx.frameworks.set(path, result);
    return result;
}
/** The assessment's framework, or a finding on its `framework:` key saying why it cannot be used. */
function frameworkOf(ref, abs, ctx, r) {
    const target = resolveFrameworkTarget(ref, abs);
    if (target.type === 'unknown-id') {
        const ids = bundledFrameworkIds();
        r.at(['framework'], 'framework-missing', r.msg('frameworkMissing', { ref, ids: list(ids, r.t('none')) }, suggest(ref, ids)));
        return undefined;
    }
    let within = [DATA_DIR];
    if (target.type === 'path') {
        const { ok, root } = isAllowed(target.path, abs, ctx.roots);
        if (!ok) {
            r.at(['framework'], 'framework-outside', r.msg('frameworkOutside', { ref, root: shownPath(root, ctx.cwd) }));
            return undefined;
        }
        within = [root, DATA_DIR];
    }
    const result = frameworkAt(target.path, ctx, within);
    if (result.framework)
        return result.framework;
    if (result.refused) {
        const { rule, phrase } = refusalPhrase(result.refused, ctx.cwd);
        r.at(['framework'], rule, r.msg('frameworkRead', { ref, problem: phrase }));
        return undefined;
    }
    if (result.unreadable === 'ENOENT') {
        r.at(['framework'], 'framework-missing', r.msg('frameworkNoFile', { ref, path: shownPath(target.path, ctx.cwd) }));
    }
    else if (result.unreadable) {
        r.at(['framework'], 'framework-missing', r.msg('frameworkUnreadable', { ref, reason: result.unreadable }));
    }
    else if (result.kind && result.kind !== 'framework') {
        const kindWord = result.kind === 'assessment' ? 'kindAssessment' : result.kind === 'benchmark' ? 'kindBenchmark' : 'kindPractice';
        r.at(['framework'], 'framework-invalid', r.msg('frameworkWrongKind', { ref, kind: r.t(kindWord) }));
    }
    else if (!result.kind && result.findings.every((f) => f.rule === 'unknown-kind')) {
        r.at(['framework'], 'framework-invalid', r.msg('frameworkWrongKind', { ref, kind: r.t('kindUnknown') }));
    }
    else {
        const first = result.findings[0];
        r.at(['framework'], 'framework-invalid', r.msg('frameworkInvalid', {
            ref,
            count: result.findings.length,
            where: first ? `${first.file}:${first.line}:${first.column}` : '',
            message: first ? seq(`${first.rule} `, first.phrase) : '',
        }));
    }
    return undefined;
}
/** A benchmark's framework when it can be found and is valid; no finding otherwise (it may be a user's own id). */
function quietFramework(ref, abs, ctx) {
    const target = resolveFrameworkTarget(ref, abs);
    if (target.type === 'unknown-id')
        return undefined;
    if (target.type === 'bundled')
        return frameworkAt(target.path, ctx, [DATA_DIR]).framework;
    const { ok, root } = isAllowed(target.path, abs, ctx.roots);
    return ok ? frameworkAt(target.path, ctx, [root, DATA_DIR]).framework : undefined;
}
/** A framework by reference, as seen from `fromFile` (init, framework, practice); its findings as codes. */
export function frameworkRef(ref, fromFile, ctx) {
    const r = new Reporter(fromFile);
    const framework = frameworkOf(ref, resolve(ctx.cwd, fromFile), ctx, r);
    return framework ? { framework, findings: [] } : { findings: r.findings.map((f) => ({ ...f, line: 1, column: 1 })) };
}
/** One located finding at a data path (kept for other modules' own checks). */
export function finding(src, path, severity, rule, message, onKey = false) {
    const at = locate(src, path, onKey);
    return { file: src.file, ...at, severity, rule, message, path: pointer(path) };
}
export { codeWords, loadFrameworkRef, validateBytes, validateText } from './worded.js';
