// `c21lab report`: one assessment → an HTML or Markdown report; many → one
// report each with --out-dir. Templates are compiled once per run and the
// benchmark and --compare file are read once, so a batch costs little more
// per file than drawing its radar.
import { defineCommand } from '../command.js';
import { REPORT_FORMATS } from '../../render/formats/names.js';
import { reportMessages } from '../../i18n/report.js';
import { existsSync, lstatSync, readlinkSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { FindingsError, InvalidFileError, UsageError, EXIT_OK } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { isStdout, refuseBinaryOnTerminal, refuseDashFolder } from '../stdout.js';
import { syncFolders } from '../../core/fs/atomic-write.js';
const options = [
    { flags: '-o, --output <file>', help: 'optOutput' },
    { flags: '--out-dir <dir>', help: 'optOutDir' },
    { flags: '--format <format>', help: 'optFormat', choices: REPORT_FORMATS },
    { flags: '--template <dir>', help: 'optTemplate' },
    { flags: '--benchmark <id|file>', help: 'optBenchmark' },
    { flags: '--compare <file>', help: 'optCompare' },
    { flags: '--review <file>', help: 'optReview' },
    { flags: '--browser <path>', help: 'optBrowser' },
    { flags: '--lang <lang>', choices: ['en', 'fr', 'es'] },
];
export const spec = defineCommand({
    name: 'report',
    messages: reportMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(`${t('summary')}\n\n${t('templateIsCode')}`).argument('<files...>', t('argFiles')),
    options,
    run,
});
/** The format an output file name asks for. */
export function formatOf(file) {
    const ext = extname(file).toLowerCase();
    return ext === '.md' ? 'md' : ext === '.html' || ext === '.htm' ? 'html' : ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : undefined;
}
/**
 * Writes a report and, for Markdown, its SVG files beside it (through the run's output writer). Returns the paths written.
 * `-` is stdout: the report goes there, its SVG files into the working directory. `deferFolderSync`: one of a batch,
 * whose folders the caller fsyncs once at the end (core/fs/atomic-write.ts).
 */
export async function writeReport(ctx, path, out, deferFolderSync) {
    const written = [];
    const batch = deferFolderSync ? { deferFolderSync } : {};
    for (const asset of out.assets) {
        const p = join(dirname(path), asset.name);
        await ctx.writeOutput(p, asset.content, batch);
        written.push(p);
    }
    await ctx.writeOutput(path, out.text, { dash: true, ...batch });
    return isStdout(path) ? written : [path, ...written];
}
/**
 * A review path that is a symbolic link leading nowhere — to a file that is not there, or round a loop — is
 * refused (exit 2), naming the link and what to do; any other path is left to the reader.
 */
function refuseBrokenLink(path, shownAs, t) {
    let link;
    try {
        link = lstatSync(path);
    }
    catch {
        return; // not there at all: no review beside the assessment, or --review's own "no such file"
    }
    if (!link.isSymbolicLink())
        return;
    try {
        statSync(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new UsageError(t('reviewLinkLoop', { file: shownAs }));
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new UsageError(t('reviewLinkMissing', { file: shownAs, target: readlinkSync(path) }));
    }
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
    // A PDF run's browser, started early (startPdfRun), is closed however the run ends.
    const pdf = {};
    try {
        return await runReport(ctx, args, options, pdf);
    }
    catch (error) {
        throw await browserStartWords(error, ctx);
    }
    finally {
        await pdf.printer?.close();
    }
}
/**
 * A browser that would not start (render/pdf/launch.ts) is the user's to fix, like one not found: exit 2, in
 * the interface language, with what it wrote on stderr and the HTML and Word fallbacks.
 */
async function browserStartWords(error, ctx) {
    if (!(error instanceof Error) || error.name !== 'BrowserStartError')
        return error;
    const e = error;
    const [{ visible }, { BROWSER_ENV }] = await Promise.all([import('../../render/escape/terminal.js'), import('../../render/pdf/browser.js')]);
    const t = translator(reportMessages, ctx.lang);
    const f = e.failure;
    const why = f.kind === 'timeout' ? t('browserTimeout', { seconds: f.seconds })
        : f.kind === 'exit' ? t('browserExit', { code: String(f.code) })
            : f.kind === 'signal' ? t('browserSignal', { signal: f.signal })
                : f.message;
    const said = t('browserDidNotStart', { browser: visible(e.executable), why: visible(why), env: BROWSER_ENV });
    // One line (the boundary prints a message as one): the browser's own lines joined by ` / `.
    return new UsageError(e.stderr ? `${said} — ${visible(e.stderr.split(/\s*\n\s*/).join(' / '))}` : said, t('noBrowserHint'));
}
async function runReport(ctx, args, options, pdf) {
    const cwd = ctx.cwd;
    const uiLang = ctx.lang;
    const t = translator(reportMessages, uiLang);
    const shown = ctx.shown;
    if (options.output && options.outDir)
        throw new UsageError(t('outAndOutDir'));
    refuseDashFolder(ctx, options.outDir, '--out-dir', uiLang);
    if (args.length > 1 && !options.outDir)
        throw new UsageError(t('manyNeedOutDir', { count: args.length }));
    let format = options.format ?? 'html';
    if (isStdout(options.output)) {
        // `-o -`: the format comes from --format; a binary one only into a file or a pipe.
        if (format === 'pdf' || format === 'docx')
            refuseBinaryOnTerminal(ctx, format, uiLang);
    }
    else if (options.output) {
        const f = formatOf(options.output);
        if (!f)
            throw new UsageError(t('badExtension', { file: options.output }));
        format = f;
    }
    else if (!options.outDir && format !== 'html') {
        throw new UsageError(t('badExtension', { file: '-' }), `c21lab report FILE -o report.${format}`);
    }
    // PDF needs a browser: found (or refused, exit 2, saying what to install) before any work is done.
    // The browser starts before the render modules load, so it boots while they do (render/report/outputs.ts is light).
    const binary = format === 'pdf' ? await (await import('../../render/report/outputs.js')).startPdfRun(await pdfBrowser(options.browser, ctx.io.env, t), pdf) : {};
    const [{ ReportRenderer }, { renderReportFile }, { frameworkMismatch }, { conventionalReviewPath, loadReview }, { visible }] = await Promise.all([
        import('../../render/report/index.js'),
        import('../../render/report/outputs.js'),
        import('../mismatch.js'),
        import('../../core/review.js'),
        import('../../render/escape/terminal.js'),
    ]);
    const renderer = new ReportRenderer(uiLang, options.template !== undefined ? resolve(cwd, options.template) : undefined);
    const vctx = await ctx.validation();
    const benchmark = options.benchmark !== undefined ? await ctx.loadBenchmark(options.benchmark, uiLang) : undefined;
    const compare = options.compare !== undefined
        ? await ctx.loadAssessment(options.compare)
        : undefined;
    if (options.review !== undefined && args.length > 1)
        throw new UsageError(t('reviewOneFile'));
    const explicitPath = options.review !== undefined ? resolve(cwd, options.review) : undefined;
    // Named as typed (`--review .` is `.`), by the context's one rule.
    if (options.review !== undefined)
        refuseBrokenLink(explicitPath, shown(options.review), t);
    const explicitReview = options.review !== undefined ? await loadReview(shown(options.review), vctx) : undefined;
    // Without --review, the review is the file beside the assessment (NAME.review.yaml), when there is one; a link
    // there that leads nowhere is refused, not taken for "no review" (the report would silently lack it).
    const reviewOf = async (file, lang) => {
        const assessmentPath = resolve(cwd, file);
        const path = explicitPath ?? conventionalReviewPath(assessmentPath);
        if (!explicitPath)
            refuseBrokenLink(path, shown(path), translator(reportMessages, lang));
        const review = explicitReview ?? (existsSync(path) ? await loadReview(shown(path), vctx) : undefined);
        // The review's `assessment:` is informative, but an expert who passes another LAB's review should hear of it.
        if (review?.assessment !== undefined && resolve(dirname(path), review.assessment) !== assessmentPath) {
            // The key is the review author's text: shown without terminal control, like every quoted value.
            writeLine(ctx.io.stderr, visible(translator(reportMessages, lang)('reviewOtherAssessment', { review: shown(path), named: review.assessment, file: shown(assessmentPath) })));
        }
        return review;
    };
    // Each file's `language:` once it is read (or its refusal says it), for the lines about the batch.
    const fileLangs = new Map();
    const [{ benchmarkWords }, { checkBenchmark }, { wordCoreError }] = await Promise.all([import('../benchmark-words.js'), import('../../core/benchmark.js'), import('../refusal-words.js')]);
    const prepare = async (file) => {
        const loaded = await ctx.loadAssessment(file);
        fileLangs.set(file, loaded.assessment.language);
        // What is said about this file (findings, warnings, the "written" line) is in its language, by the run's rule.
        const lang = ctx.langFor(loaded.assessment.language);
        const review = await reviewOf(file, lang);
        // Findings about this file's inputs in its language (by the run's rule), as score and radar word them.
        if (benchmark && options.benchmark !== undefined)
            checkBenchmark(benchmark, loaded.framework, options.benchmark, benchmarkWords(lang, benchmark));
        if (compare && compare.framework.id !== loaded.framework.id) {
            // A finding on --compare's `framework:` key (exit 1), as in radar, panel and compare.
            throw frameworkMismatch(compare, translator(reportMessages, lang)('frameworkMismatch', { other: compare.file, theirs: compare.framework.id, file: loaded.file, ours: loaded.framework.id }));
        }
        const input = {
            assessment: loaded.assessment,
            framework: loaded.framework,
            fileName: basename(file),
            ...(compare ? { compare: { assessment: compare.assessment, framework: compare.framework, fileName: basename(compare.file) } } : {}),
            ...(benchmark ? { benchmark } : {}),
            ...(review ? { review } : {}),
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
        const dash = isStdout(options.output);
        const target = dash ? options.output : resolve(cwd, options.output);
        // Markdown's SVG files are named after the report: after the input when it goes to stdout.
        const base = dash ? basename(args[0]).replace(/\.ya?ml$/i, '') : basename(target, extname(target));
        const out = await renderReportFile(renderer, input, format, lang, base, binary);
        // A PDF in hand: its browser ends while the file is written (run's finally waits for it).
        pdf.printer?.close().catch(() => undefined);
        const said = translator(reportMessages, lang);
        for (const p of await writeReport(ctx, target, { text: out.data, assets: out.assets }))
            writeLine(ctx.io.stderr, said('wrote', { file: shown(p) }));
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
    // A turn of the event loop between a report's steps, for the previous report's write to go on meanwhile (see `between`).
    renderer.between = () => new Promise((done) => setImmediate(done));
    const failed = [];
    let done = 0;
    let ok = 0;
    const fail = (file, error) => {
        if (!(error instanceof FindingsError)) {
            bar.end();
            throw error;
        }
        // Listed by the error boundary at the end, each finding with its file:line:col; the file's language, when it
        // was read, counts for the batch's lines as a written one's does.
        if (!fileLangs.has(file))
            fileLangs.set(file, error instanceof InvalidFileError ? error.language : undefined);
        const worded = wordCoreError(error, uiLang, ctx.langFor);
        failed.push(...(worded.findings.length ? worded.findings : [{ file, line: 1, column: 1, severity: 'error', rule: 'report-failed', message: error.message }]));
        bar.end();
    };
    // One report's write (whose fsync waits on the disk) overlaps the drawing of the next (which waits on
    // the CPU). One write at a time, in order, each settled before anything of the next file is written or
    // recorded; drawing writes no file (at most a warning line about the review it places), so the files
    // written and the findings are those of writing each report in turn, on failure too.
    let writing;
    // The out-dir's fsync, once for the batch, after its last rename and before it is said to be written (atomic-write.ts).
    const folders = new Set();
    const settle = async () => {
        if (!writing)
            return;
        const { file, done: outcome } = writing;
        writing = undefined;
        const error = await outcome;
        if (error !== undefined)
            fail(file, error);
        else
            ok++;
    };
    try {
        for (const [name, file] of names) {
            bar.tick(done, file);
            try {
                const { input, lang } = await prepare(file);
                const out = await renderReportFile(renderer, input, format, lang, name, binary);
                await settle();
                // The outcome, never a rejection: an error waits, handled, until the next settle().
                const outcome = writeReport(ctx, join(dir, `${name}.${format}`), { text: out.data, assets: out.assets }, folders)
                    .then(() => undefined, (error) => error ?? new Error(String(error)));
                writing = { file, done: outcome };
            }
            catch (error) {
                await settle();
                fail(file, error);
            }
            done++;
        }
        await settle();
    }
    finally {
        await syncFolders(folders);
    }
    bar.tick(done, '');
    bar.end();
    // The batch's lines in the reports' language when they share one (as validate's summary), else the interface's.
    const batchLang = ctx.langForAll(fileLangs.values());
    const said = translator(reportMessages, batchLang);
    writeLine(ctx.io.stderr, said('wroteCount', { count: ok, dir: shown(dir) }));
    if (failed.length)
        throw new FindingsError(said('someFailed', { failed: args.length - ok, total: args.length }), failed);
    return EXIT_OK;
}
/** The browser that prints the PDF, or a usage error (exit 2) that says what to install and how to get HTML instead. */
async function pdfBrowser(flag, env, t) {
    const { BROWSER_ENV, browserExists, findBrowser } = await import('../../render/pdf/browser.js');
    const found = findBrowser({ ...(flag ? { flag } : {}), env });
    if (!found)
        throw new UsageError(t('noBrowser', { env: BROWSER_ENV }), t('noBrowserHint'));
    if ((found.from === 'flag' || found.from === 'env') && !browserExists(found.path)) {
        throw new UsageError(t('badBrowser', { path: found.path, from: found.from === 'flag' ? '--browser' : BROWSER_ENV }), t('noBrowserHint'));
    }
    // Chromium's sandbox cannot start as root (containers, CI): only then is it turned off; the page runs no script anyway.
    return { browser: found.path, noSandbox: typeof process.getuid === 'function' && process.getuid() === 0 };
}
