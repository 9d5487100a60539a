// Benchmarks: finding one (bundled id or path), refusing one that does not fit
// the assessments (other framework, other unit, unknown commitment ids), and
// turning it into a radar series. A benchmark that does not fit is an error,
// never something drawn or compared silently.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FindingsError, UsageError } from './errors.js';
import { loadBenchmark } from './load.js';
import { DATA_DIR, shownPath } from './paths.js';
import { locate, parseYaml } from './yaml/source.js';
import { isBundledRef, RootFinder } from './validate/framework-ref.js';
import { benchmarkText } from './benchmark-text.js';
export { benchmarkText };
import { readForCheck } from './validate/read.js';
export const BENCHMARKS_DIR = join(DATA_DIR, 'benchmarks');
/** Where each loaded benchmark came from: the name findings use, and the absolute path it is read from. */
const files = new WeakMap();
export function bundledBenchmarkIds() {
    try {
        return readdirSync(BENCHMARKS_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
    }
    catch {
        return [];
    }
}
/** No bundled benchmark and no file by that name: the CLI words it (panel catalog, `notFound`). */
export class BenchmarkNotFoundError extends UsageError {
    ref;
    ids;
    constructor(ref, ids) {
        super(`${ref}: benchmark-not-found`);
        this.ref = ref;
        this.ids = ids;
    }
}
/**
 * A bundled id (`example-panel`, from data/benchmarks/) or a path relative to `cwd`; fully validated, in the
 * run's validation context (the one its assessments were read in, so their framework is not read and checked
 * twice). A benchmark not found is a BenchmarkNotFoundError, which the CLI words.
 */
export async function resolveBenchmark(ref, cwd, vctx) {
    const bundled = join(BENCHMARKS_DIR, `${ref}.yaml`);
    const isId = isBundledRef(ref);
    const abs = isId && existsSync(bundled) ? bundled : resolve(cwd, ref);
    if (!existsSync(abs))
        throw new BenchmarkNotFoundError(ref, bundledBenchmarkIds());
    // Findings name the file as the user wrote it, by the one rule of core/paths.ts (`.` stays `.`; read relative to
    // `cwd`, never this process's directory); bundled ones by their path.
    const file = abs === bundled ? abs : shownPath(ref, cwd);
    const benchmark = await loadBenchmark(file, vctx);
    files.set(benchmark, { shown: file, abs });
    return benchmark;
}
/** Locates findings in a file, reading and parsing it once, on the first finding (most checks find none). */
function locator(file, abs) {
    let src;
    return (path, onKey) => {
        if (src === undefined) {
            // The same safe read as the loader's (the file was validated through it just before).
            const read = readForCheck(abs, [DATA_DIR, new RootFinder(dirname(abs)).boundOf(abs)]);
            src = 'bytes' in read ? parseYaml(file, read.bytes.toString('utf8')) : null;
        }
        if (!src)
            return { line: 1, column: 1 };
        const at = locate(src, path, onKey);
        return { line: at.line, column: at.column };
    };
}
/** Without a wording, messages are the codes and their params: what a program, not a person, reads. */
const CODES = (problem, params) => `${problem} ${JSON.stringify(params)}`;
/** Refuses a benchmark that does not fit the framework, each problem located; `say` words them (the CLI passes its catalog). */
export function checkBenchmark(b, fw, file, say = CODES) {
    const t = say;
    const from = files.get(b);
    const source = from?.shown ?? file;
    const findings = [];
    const locateIn = locator(source, from?.abs ?? file);
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
/** The benchmark as a dashed radar series, values in framework order (null where it gives none). */
export function benchmarkSeries(b, fw, lang) {
    const name = lang ? benchmarkText(b, lang).name : b.name;
    return {
        label: b.year && !name.includes(String(b.year)) ? `${name} (${b.year})` : name,
        values: fw.commitments.map((c) => b.values[c.id] ?? null),
        dashed: true,
    };
}
