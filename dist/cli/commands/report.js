// `c21lab report`: one assessment → an HTML or Markdown report; many → one
// report each with --out-dir. Templates are compiled once per run and the
// benchmark and --compare file are read once, so a batch costs little more
// per file than drawing its radar.
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { FindingsError, UsageError, EXIT_OK } from '../../core/errors.js';
import { checkBenchmark, resolveBenchmark } from '../../core/benchmark.js';
import { atomicWrite } from '../../core/fs/atomic-write.js';
import { isLang, resolveLang } from '../../core/lang.js';
import { loadAssessment } from '../../core/load.js';
import { createContext } from '../../core/validate/index.js';
import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
import { ReportRenderer } from '../../render/report/index.js';
import { writeLine } from '../io.js';
import { shownPath } from '../../core/paths.js';
/** The format an output file name asks for. */
export function formatOf(file) {
    const ext = extname(file).toLowerCase();
    return ext === '.md' ? 'md' : ext === '.html' || ext === '.htm' ? 'html' : undefined;
}
/** Writes a report and, for Markdown, its SVG files beside it. Returns the paths written. */
export async function writeReport(path, out) {
    await mkdir(dirname(path), { recursive: true });
    const written = [];
    for (const asset of out.assets) {
        const p = join(dirname(path), asset.name);
        await atomicWrite(p, asset.content);
        written.push(p);
    }
    await atomicWrite(path, out.text);
    return [path, ...written];
}
/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
function progressBar(ctx, total) {
    const on = Boolean(ctx.io.stderr.isTTY) && total > 1;
    const width = 24;
    return {
        tick(done, name) {
            if (!on)
                return;
            const filled = Math.round((done / total) * width);
            const label = name.length > 40 ? '…' + name.slice(-39) : name;
            ctx.io.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`);
        },
        end() {
            if (on)
                ctx.io.stderr.write('\r\x1b[2K');
        },
    };
}
export async function run(ctx, args, options) {
    const cwd = ctx.io.cwd;
    const flagLang = isLang(options.lang) ? options.lang : ctx.global.lang;
    const uiLang = resolveLang(flagLang, undefined, ctx.io.env);
    const t = translator(reportMessages, uiLang);
    const shown = (p) => shownPath(p, cwd);
    if (options.output && options.outDir)
        throw new UsageError(t('outAndOutDir'));
    if (args.length > 1 && !options.outDir)
        throw new UsageError(t('manyNeedOutDir', { count: args.length }));
    let format = options.format ?? 'html';
    if (options.output) {
        const f = formatOf(options.output);
        if (!f)
            throw new UsageError(t('badExtension', { file: options.output }));
        format = f;
    }
    else if (!options.outDir && format === 'md') {
        throw new UsageError(t('badExtension', { file: '-' }), 'c21lab report FILE -o report.md');
    }
    const renderer = new ReportRenderer(uiLang, options.template ? resolve(cwd, options.template) : undefined);
    const vctx = createContext(cwd);
    const benchmark = options.benchmark ? await resolveBenchmark(options.benchmark, cwd, uiLang) : undefined;
    const compare = options.compare
        ? await loadAssessment(shown(resolve(cwd, options.compare)), vctx)
        : undefined;
    const prepare = async (file) => {
        const loaded = await loadAssessment(shown(resolve(cwd, file)), vctx);
        const lang = resolveLang(flagLang, loaded.assessment.language, ctx.io.env);
        if (benchmark)
            checkBenchmark(benchmark, loaded.framework, options.benchmark, uiLang);
        if (compare && compare.framework.id !== loaded.framework.id) {
            throw new UsageError(t('frameworkMismatch', { other: compare.file, theirs: compare.framework.id, file: loaded.file, ours: loaded.framework.id }));
        }
        const input = {
            assessment: loaded.assessment,
            framework: loaded.framework,
            fileName: basename(file),
            ...(compare ? { compare: { assessment: compare.assessment, framework: compare.framework, fileName: basename(compare.file) } } : {}),
            ...(benchmark ? { benchmark } : {}),
        };
        return { input, lang };
    };
    if (!options.outDir) {
        const { input, lang } = await prepare(args[0]);
        if (!options.output) {
            const out = await renderer.render(input, 'html', lang);
            ctx.io.stdout.write(out.text);
            return EXIT_OK;
        }
        const target = resolve(cwd, options.output);
        const out = await renderer.render(input, format, lang, basename(target, extname(target)));
        for (const p of await writeReport(target, out))
            writeLine(ctx.io.stderr, t('wrote', { file: shown(p) }));
        return EXIT_OK;
    }
    // Many files: one report each, named after its input; two inputs with one name would overwrite each other.
    const dir = resolve(cwd, options.outDir);
    const names = new Map();
    for (const file of args) {
        const name = basename(file).replace(/\.ya?ml$/i, '');
        const before = names.get(name);
        if (before !== undefined)
            throw new UsageError(t('sameOutputName', { name: `${name}.${format}`, first: before, second: file }));
        names.set(name, file);
    }
    const bar = progressBar(ctx, args.length);
    const failed = [];
    let done = 0;
    let ok = 0;
    for (const [name, file] of names) {
        bar.tick(done, file);
        try {
            const { input, lang } = await prepare(file);
            const out = await renderer.render(input, format, lang, name);
            await writeReport(join(dir, `${name}.${format}`), out);
            ok++;
        }
        catch (error) {
            if (!(error instanceof FindingsError)) {
                bar.end();
                throw error;
            }
            failed.push(...error.findings);
            bar.end();
            writeLine(ctx.io.stderr, `${file}: ${error.message}`);
        }
        done++;
    }
    bar.tick(done, '');
    bar.end();
    writeLine(ctx.io.stderr, t('wroteCount', { count: ok, dir: shown(dir) }));
    if (failed.length)
        throw new FindingsError(t('someFailed', { failed: args.length - ok, total: args.length }), failed);
    return EXIT_OK;
}
