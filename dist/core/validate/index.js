// Validation of one file: bytes → text → YAML → kind marker → JSON Schema →
// the checks a schema cannot express (ids against the framework, scale,
// participants…). Returns findings; never throws for bad input. Each step
// lives in its own module; this one only puts them in order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveLang } from '../lang.js';
import { locate } from '../yaml/source.js';
import { bundledFrameworkIds, isAllowed, resolveFrameworkTarget, RootFinder, } from './framework-ref.js';
import { fastRead } from './fast.js';
import { decode, MAX_FILE_BYTES, parse } from './parse.js';
import { list, pointer, Reporter } from './report.js';
import { checkAssessment } from './rules/assessment.js';
import { checkBenchmark } from './rules/benchmark.js';
import { checkFramework } from './rules/framework.js';
import { checkNumericKeys, numberSource } from './rules/numeric-ids.js';
import { checkPractice, DEFAULT_PRACTICE_FRAMEWORK } from './rules/practice.js';
import { reportSchemaErrors, schemaErrors } from './schema.js';
import { suggest } from '../suggest.js';
import { shownPath } from '../paths.js';
export { isInside } from './framework-ref.js';
export { MAX_FILE_BYTES } from './parse.js';
export function createContext(cwd, options = {}) {
    const abs = resolve(cwd);
    return { cwd: abs, roots: new RootFinder(abs), frameworks: new Map(), lang: options.lang, env: options.env ?? {} };
}
const MARKERS = {
    'assessment/1': 'assessment',
    'framework/1': 'framework',
    'benchmark/1': 'benchmark',
    'practice/1': 'practice',
};
/** A top-level `c21lab:` key, found without parsing, so unrelated YAML in a scanned folder costs almost nothing. */
const MARKER_LINE = /^\uFEFF?["']?c21lab["']?[ \t]*:/m;
export function hasMarker(text) {
    return MARKER_LINE.test(text);
}
/** Validates a file's raw bytes (size, encoding, then everything `validateText` checks). */
export function validateBytes(file, bytes, ctx, options = {}) {
    const explicit = options.explicit ?? true;
    const r = new Reporter(file, resolveLang(ctx.lang, undefined, ctx.env));
    const text = decode(bytes, r);
    // A found file without the marker is skipped, even when it cannot be decoded (latin1 keeps ASCII as is).
    if (!explicit && !hasMarker(text ?? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAX_FILE_BYTES * 4)).toString('latin1'))) {
        return { file, findings: [], skipped: true };
    }
    if (text === undefined)
        return { file, findings: r.sorted() };
    return check(file, text, ctx, r, options);
}
/** Validates a file's text. `file` is shown in findings and resolved against ctx.cwd for framework paths. */
export function validateText(file, text, ctx, options = {}) {
    if (options.explicit === false && !hasMarker(text))
        return { file, findings: [], skipped: true };
    const r = new Reporter(file, resolveLang(ctx.lang, undefined, ctx.env));
    return check(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ctx, r, options);
}
function check(file, text, ctx, r, options) {
    if (options.fast) {
        const data = fastRead(text);
        if (data) {
            const quick = new Reporter(file, r.lang);
            const { kind, framework } = judge(file, data, ctx, quick);
            const clean = options.errorsOnly ? quick.findings.every((f) => f.severity !== 'error') : quick.findings.length === 0;
            if (clean) {
                return { file, kind, findings: [], data, framework: kind === 'framework' ? data : framework };
            }
        }
    }
    const parsed = parse(text, r);
    if (!parsed)
        return { file, findings: r.sorted(), source: r.src };
    const { src, data } = parsed;
    checkNumericKeys(src, r);
    const { kind, framework } = judge(file, data, ctx, r);
    const findings = r.sorted();
    const report = { file, kind, data, source: src, findings, framework };
    if (kind === 'framework' && !findings.some((f) => f.severity === 'error'))
        report.framework = data;
    return report;
}
/** Everything after parsing: the kind marker, the framework, the schema, the rules. */
function judge(file, data, ctx, r) {
    if (typeof data.language === 'string')
        r.setLang(resolveLang(ctx.lang, data.language, ctx.env));
    const marker = data.c21lab;
    const kind = typeof marker === 'string' && Object.hasOwn(MARKERS, marker) ? MARKERS[marker] : undefined;
    if (!kind) {
        r.at(marker === undefined ? [] : ['c21lab'], 'unknown-kind', r.msg('unknownKind', {
            markers: Object.keys(MARKERS).join(', '),
            found: marker === undefined ? r.t('nothingHere') : JSON.stringify(marker),
        }, typeof marker === 'string' ? suggest(marker, Object.keys(MARKERS)) : undefined));
        return {};
    }
    const abs = resolve(ctx.cwd, file);
    let framework;
    if (kind === 'assessment' && typeof data.framework === 'string' && data.framework !== '') {
        framework = frameworkOf(data.framework, abs, ctx, r);
    }
    else if (kind === 'practice' && (data.framework === undefined || (typeof data.framework === 'string' && data.framework !== ''))) {
        framework = frameworkOf(data.framework ?? DEFAULT_PRACTICE_FRAMEWORK, abs, ctx, r);
    }
    else if (kind === 'benchmark' && typeof data.framework === 'string') {
        framework = quietFramework(data.framework, abs, ctx);
    }
    const src = r.src;
    reportSchemaErrors(schemaErrors(kind, data), r, {
        scale: framework?.scale,
        sourceOf: (path) => (src ? numberSource(src, path) : undefined),
    });
    if (kind === 'assessment')
        checkAssessment(data, framework, r);
    if (kind === 'framework')
        checkFramework(data, r);
    if (kind === 'benchmark')
        checkBenchmark(data, framework, r);
    if (kind === 'practice')
        checkPractice(data, framework, r);
    return { kind, framework };
}
/** Reads and validates a framework file once per run. */
export function frameworkAt(path, ctx) {
    const cached = ctx.frameworks.get(path);
    if (cached)
        return cached;
    let result;
    let bytes;
    try {
        bytes = readFileSync(path);
    }
    catch (error) {
        result = { findings: [], unreadable: error.code ?? error.message };
    }
    if (bytes) {
        const report = validateBytes(shownPath(path, ctx.cwd), bytes, ctx, { fast: true });
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
    if (target.type === 'path') {
        const { ok, root } = isAllowed(target.path, abs, ctx.roots);
        if (!ok) {
            r.at(['framework'], 'framework-outside', r.msg('frameworkOutside', { ref, root: shownPath(root, ctx.cwd) }));
            return undefined;
        }
    }
    const result = frameworkAt(target.path, ctx);
    if (result.framework)
        return result.framework;
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
            message: first ? `${first.rule} ${first.message}` : '',
        }));
    }
    return undefined;
}
/** A benchmark's framework when it can be found and is valid; no finding otherwise (it may be a user's own id). */
function quietFramework(ref, abs, ctx) {
    const target = resolveFrameworkTarget(ref, abs);
    if (target.type === 'unknown-id')
        return undefined;
    if (target.type === 'path' && !isAllowed(target.path, abs, ctx.roots).ok)
        return undefined;
    return frameworkAt(target.path, ctx).framework;
}
/** A framework by reference, as seen from `fromFile` (init, framework, practice). */
export function loadFrameworkRef(ref, fromFile, ctx) {
    const r = new Reporter(fromFile, resolveLang(ctx.lang, undefined, ctx.env));
    const framework = frameworkOf(ref, resolve(ctx.cwd, fromFile), ctx, r);
    return framework ? { framework, findings: [] } : { findings: r.findings.map((f) => ({ ...f, line: 1, column: 1 })) };
}
/** One located finding at a data path (kept for other modules' own checks). */
export function finding(src, path, severity, rule, message, onKey = false) {
    const at = locate(src, path, onKey);
    return { file: src.file, ...at, severity, rule, message, path: pointer(path) };
}
