// Benchmarks: finding one (bundled id or path), refusing one that does not fit
// the assessments (other framework, other unit, unknown commitment ids), and
// turning it into a radar series. A benchmark that does not fit is an error,
// never something drawn or compared silently.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { FindingsError, UsageError } from './errors.js';
import { loadBenchmark } from './load.js';
import { DATA_DIR } from './paths.js';
import { createContext } from './validate/index.js';
import { locate, parseYaml } from './yaml/source.js';
import { translator } from '../i18n/define.js';
import { panelMessages } from '../i18n/panel.js';
import { isBundledRef, RootFinder } from './validate/framework-ref.js';
import { readForCheck } from './validate/read.js';
export const BENCHMARKS_DIR = join(DATA_DIR, 'benchmarks');
/** Where each resolved benchmark was read from, so refusals can point at the offending line. */
const files = new WeakMap();
export function bundledBenchmarkIds() {
    try {
        return readdirSync(BENCHMARKS_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
    }
    catch {
        return [];
    }
}
/** A bundled id (`example-panel`, from data/benchmarks/) or a path relative to `cwd`; fully validated. */
/** Pass the ValidateContext already used for the assessments so their framework is not read and checked twice. */
export async function resolveBenchmark(ref, cwd, lang = 'en', vctx) {
    const t = translator(panelMessages, lang);
    const bundled = join(BENCHMARKS_DIR, `${ref}.yaml`);
    const isId = isBundledRef(ref);
    const abs = isId && existsSync(bundled) ? bundled : resolve(cwd, ref);
    if (!existsSync(abs))
        throw new UsageError(t('notFound', { ref, ids: bundledBenchmarkIds().join(', ') || '-' }));
    // Findings name the file as the user wrote it when that still reads from here; else the absolute path.
    const shown = abs === bundled || isAbsolute(ref) ? abs : relative(cwd, abs);
    const file = resolve(shown) === abs ? shown : abs;
    const benchmark = await loadBenchmark(file, vctx ?? createContext(cwd));
    files.set(benchmark, file);
    return benchmark;
}
/** Locates findings in a file, reading and parsing it once, on the first finding (most checks find none). */
function locator(file) {
    let src;
    return (path, onKey) => {
        if (src === undefined) {
            // The same safe read as the loader's (the file was validated through it just before).
            const read = readForCheck(file, [DATA_DIR, new RootFinder(dirname(resolve(file))).boundOf(file)]);
            src = 'bytes' in read ? parseYaml(file, read.bytes.toString('utf8')) : null;
        }
        if (!src)
            return { line: 1, column: 1 };
        const at = locate(src, path, onKey);
        return { line: at.line, column: at.column };
    };
}
/** Throws FindingsError (exit 1) unless the benchmark is in percent, of this framework, with known commitment ids. */
export function checkBenchmark(b, fw, file, lang = 'en') {
    const t = translator(panelMessages, lang);
    const source = files.get(b) ?? file;
    const findings = [];
    const locateIn = locator(source);
    const add = (path, rule, message, onKey = false) => findings.push({ file: source, ...locateIn(path, onKey), severity: 'error', rule, message, path: '/' + path.join('/') });
    if (b.framework !== fw.id) {
        add(['framework'], 'benchmark-framework', t('otherFramework', { name: b.name, found: b.framework, expected: fw.id }));
    }
    if (b.unit !== 'percent') {
        add(['unit'], 'benchmark-unit', t('otherUnit', { name: b.name, found: b.unit, min: fw.scale.min, max: fw.scale.max }));
    }
    if (b.framework === fw.id) {
        const ids = fw.commitments.map((c) => c.id);
        for (const key of Object.keys(b.values)) {
            if (!ids.includes(key)) {
                add(['values', key], 'benchmark-commitment', t('unknownCommitment', { id: key, framework: fw.id, ids: ids.join(', ') }), true);
            }
        }
    }
    if (findings.length)
        throw new FindingsError(t('refused', { file: source }), findings);
}
/** Name, source, method and notes of a benchmark in `lang`, from its translations where it has them. */
export function benchmarkText(b, lang) {
    const tr = b.translations?.[lang] ?? {};
    const method = tr.method ?? b.method;
    const notes = tr.notes ?? b.notes;
    return { name: tr.name ?? b.name, source: tr.source ?? b.source, ...(method ? { method } : {}), ...(notes ? { notes } : {}) };
}
/** The benchmark as a dashed radar series, values in framework order (null where it gives none). */
export function benchmarkSeries(b, fw, lang) {
    const name = lang ? benchmarkText(b, lang).name : b.name;
    return {
        label: b.year && !name.includes(String(b.year)) ? `${name} (${b.year})` : name,
        values: fw.commitments.map((c) => b.values[c.id] ?? null),
        dashed: true,
    };
}
