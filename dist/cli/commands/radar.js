// `c21lab radar`: the assessments (and a benchmark, dashed) on one radar, as SVG or PNG.
import { defineCommand } from '../command.js';
import { radarMessages } from '../../i18n/radar.js';
import { extname } from 'node:path';
import { EXIT_OK, UsageError } from '../../core/errors.js';
import { pick } from '../../core/lang.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { isStdout } from '../stdout.js';
// --out is the old spelling of --output, kept working but no longer shown.
const options = [
    { flags: '-o, --output <file>', help: 'optOut' },
    { flags: '--out <file>' },
    { flags: '-b, --benchmark <id-or-file>', help: 'optBenchmark' },
    { flags: '-t, --title <text>', help: 'optTitle' },
    { flags: '-w, --width <pixels>', help: 'optWidth', integer: { min: 480, max: 4000 } },
];
export const spec = defineCommand({
    name: 'radar',
    messages: radarMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    run,
});
export async function run(ctx, files, options) {
    const [{ scoreAssessment }, { roleByDate, scoreSeries, seriesLabels }, { renderRadarSvg, tooManySeries }, { loadInputs }] = await Promise.all([
        import('../../core/score.js'),
        import('../../core/series.js'),
        import('../../render/radar/index.js'),
        import('../inputs.js'),
    ]);
    const t0 = translator(radarMessages, ctx.lang);
    const out = options.output ?? options.out; // --out: the old spelling
    if (!out)
        throw new UsageError(t0('outRequired'));
    // `-`: the SVG on stdout.
    const ext = isStdout(out) ? '.svg' : extname(out).toLowerCase();
    if (ext !== '.svg' && ext !== '.png')
        throw new UsageError(t0('badExt', { file: out }));
    // Read as every typed whole number is (core/values.ts), before the command runs: 480–4000 or refused.
    const width = options.width;
    const { lang, loaded, benchmark } = await loadInputs(ctx, files, {
        ...(options.benchmark !== undefined ? { benchmark: options.benchmark } : {}),
        sameFramework: (lang, file, found, first, expected) => translator(radarMessages, lang)('mixedFrameworks', { file, found, first, expected }),
    });
    const t = translator(radarMessages, lang);
    const fw = loaded[0].framework;
    const labels = seriesLabels(loaded);
    const cities = [...new Set(loaded.map((l) => l.assessment.city))].join(', ');
    // Colours by role, as in the report, compare and history: the latest LAB blue and on top, the one before vermillion.
    const roles = roleByDate(loaded.map((l) => l.assessment.date));
    if (tooManySeries(loaded.length))
        writeLine(ctx.io.stderr, t('tooMany', { count: loaded.length }));
    const { benchmarkSeries } = await import('../../core/benchmark.js');
    const svg = await renderRadarSvg({
        framework: fw,
        lang,
        series: loaded.map((l, i) => ({ ...scoreSeries(labels[i], scoreAssessment(l.assessment, l.framework)), ...(roles[i] ? { role: roles[i] } : {}) })),
        ...(benchmark ? { benchmark: benchmarkSeries(benchmark, fw, lang) } : {}),
        title: options.title ?? t('defaultTitle', { framework: pick(fw.title, lang), cities }),
        ...(width ? { width } : {}),
    });
    // PNG loads its rasteriser only when asked: a native module the SVG path does not need.
    const data = ext === '.svg' ? svg : (await import('../../render/png.js')).svgToPng(svg, { width: (width ?? 720) * 2 });
    await ctx.writeOutput(out, data, { said: () => t('written', { file: out }), to: 'stdout', dash: true });
    return EXIT_OK;
}
