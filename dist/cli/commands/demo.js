// `c21lab demo [DIR]`: the README's first command. Renders the bundled,
// fictional Exampleville 2026 LAB (compared with its 2024 LAB and the
// fictional example benchmark): prints the score table and writes the radar
// (SVG and PNG) and the HTML and Markdown reports into DIR.
// The demo speaks the user's language (--lang, else LANG), not the example
// file's: the 2026 example was held in French, but someone trying the tool
// should read the output in their own language.
import { defineCommand } from '../command.js';
import { reportMessages } from '../../i18n/report.js';
import { join } from 'node:path';
import { EXIT_OK } from '../../core/errors.js';
import { DATA_DIR } from '../../core/paths.js';
import { translator } from '../../i18n/define.js';
import { scoreMessages } from '../../i18n/score.js';
import { writeLine } from '../io.js';
import { writeReport } from './report.js';
import { refuseDashFolder } from '../stdout.js';
const options = [
    { flags: '--lang <lang>', choices: ['en', 'fr', 'es'] },
];
export const spec = defineCommand({
    name: 'demo',
    messages: reportMessages,
    describe: (cmd, t) => cmd.summary(t('demoSummary')).description(t('demoSummary')).argument('[dir]', t('argDir')),
    options,
    run,
});
export const DEMO_FILE = join(DATA_DIR, 'examples', 'exampleville-2026.yaml');
export const DEMO_COMPARE = join(DATA_DIR, 'examples', 'exampleville-2024.yaml');
export const DEMO_BENCHMARK = 'example-panel';
export async function run(ctx, args) {
    refuseDashFolder(ctx, args[0], 'c21lab demo DIR');
    const [{ scoreFile }, { conventionalReviewPath, loadReview }, { svgToPng }, { renderRadarSvg }, { scoreSeries, seriesLabels }, { ReportRenderer }, { scoreTable }, { scoreAssessment }] = await Promise.all([
        import('../../core/score-result.js'),
        import('../../core/review.js'),
        import('../../render/png.js'),
        import('../../render/radar/index.js'),
        import('../../core/series.js'),
        import('../../render/report/index.js'),
        import('../../render/score/table.js'),
        import('../../core/score.js'),
    ]);
    const lang = ctx.lang; // its own --lang counts as the global one (main.ts)
    const t = translator(reportMessages, lang);
    const shown = ctx.shown;
    const dir = ctx.path(args[0] ?? 'c21lab-demo');
    const [{ benchmarkWords }, { benchmarkSeries, benchmarkText, checkBenchmark }] = await Promise.all([
        import('../benchmark-words.js'),
        import('../../core/benchmark.js'),
    ]);
    const main = await ctx.loadAssessment(DEMO_FILE);
    const other = await ctx.loadAssessment(DEMO_COMPARE);
    const benchmark = await ctx.loadBenchmark(DEMO_BENCHMARK, lang);
    checkBenchmark(benchmark, main.framework, DEMO_BENCHMARK, benchmarkWords(lang, benchmark));
    const fw = main.framework;
    writeLine(ctx.io.stdout, t('demoIntro', { file: 'exampleville-2026.yaml', other: 'exampleville-2024.yaml', benchmark: benchmarkText(benchmark, lang).name }));
    writeLine(ctx.io.stdout);
    const labels = seriesLabels([main, other]);
    const table = scoreFile('exampleville-2026.yaml', labels[0], main.assessment, fw, lang, benchmark);
    ctx.io.stdout.write(scoreTable([table], translator(scoreMessages, lang), ctx.style, lang));
    writeLine(ctx.io.stdout);
    const written = [];
    // Roles as in the report: this LAB (2026) blue and on top, the earlier LAB (2024) vermillion.
    const series = [main, other].map((l, i) => ({
        ...scoreSeries(labels[i], scoreAssessment(l.assessment, fw)),
        role: i === 0 ? 'current' : 'earlier',
    }));
    const svg = await renderRadarSvg({ framework: fw, lang, series, benchmark: benchmarkSeries(benchmark, fw, lang), title: main.assessment.title ?? main.assessment.city });
    await ctx.writeOutput(join(dir, 'radar.svg'), svg.endsWith('\n') ? svg : svg + '\n');
    await ctx.writeOutput(join(dir, 'radar.png'), svgToPng(svg, { width: 1440 }));
    written.push(join(dir, 'radar.svg'), join(dir, 'radar.png'));
    const renderer = new ReportRenderer(lang);
    const input = {
        assessment: main.assessment,
        framework: fw,
        fileName: 'exampleville-2026.yaml',
        compare: { assessment: other.assessment, framework: other.framework, fileName: 'exampleville-2024.yaml' },
        benchmark,
        // The bundled (fictional) review beside the example: the expert's text around the scores.
        review: await loadReview(conventionalReviewPath(DEMO_FILE), await ctx.validation()),
    };
    written.push(...(await writeReport(ctx, join(dir, 'report.html'), await renderer.render(input, 'html', lang))));
    written.push(...(await writeReport(ctx, join(dir, 'report.md'), await renderer.render(input, 'md', lang, 'report'))));
    writeLine(ctx.io.stdout, ctx.style.bold(t('demoFiles')));
    for (const p of written)
        writeLine(ctx.io.stdout, `  ${shown(p)}`);
    writeLine(ctx.io.stdout);
    writeLine(ctx.io.stdout, t('demoNext', { file: shown(join(dir, 'report.html')) }));
    return EXIT_OK;
}
