// Rendering a report: score the assessment, draw the radar and the votes
// chart, build the view model, and pass it through the nunjucks templates.
// One ReportRenderer is made per run: its environment (engine.ts) holds the
// bundled templates precompiled, or compiles a user's templates once and
// keeps them, so `report --out-dir` over many files pays for them once.
import { existsSync, statSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { scoreAssessment } from '../../core/score.js';
import { benchmarkSeries } from '../../core/benchmark.js';
import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
import { renderRadarSvg } from '../radar/index.js';
import { xmlValidChars } from '../escape/xml.js';
import { renderVotesSvg } from '../votes-chart.js';
import { buildReportModel, reportLabels } from './model.js';
import { vegaRuntime } from '../vega.js';
import { reportEnvironment } from './engine.js';
import { markdownCell, markdownLinkTarget } from '../escape/markdown.js';
import { inlineHtmlView, inlineMdView, lineMd, paragraphsMd, richHtml, richMd } from './rich.js';
export { BUNDLED_REPORT_TEMPLATES } from './engine.js';
export const TEMPLATE_FILES = { html: 'report.html.njk', md: 'report.md.njk' };
function stripXmlProlog(svg) {
    return svg.replace(/^\s*<\?xml[^>]*>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}
export class ReportRenderer {
    lang;
    env;
    /**
     * Awaited between the steps of a report (radar, votes chart, model, template), when set: `report --out-dir`
     * sets it to a turn of the event loop, so that the previous report's write, whose every step waits for such
     * a turn, goes on (its fsync included) while this one is drawn instead of after. Nothing a report shows depends on it.
     */
    between;
    /** userDir: a folder of the user's own templates, searched first, file by file. `lang`: for error messages. */
    constructor(lang, userDir) {
        this.lang = lang;
        const t = translator(reportMessages, lang);
        if (userDir && !(existsSync(userDir) && statSync(userDir).isDirectory())) {
            throw new UsageError(t('noTemplateDir', { dir: userDir }));
        }
        const { env, runtime } = reportEnvironment(userDir);
        this.env = env;
        const safe = (s) => new runtime.SafeString(s);
        this.env.addFilter('md', (v) => safe(markdownCell(v)));
        this.env.addFilter('mdurl', (v) => safe(markdownLinkTarget(v)));
        // The review's texts: safe Markdown subset → escaped HTML or Markdown (rich.ts).
        this.env.addFilter('rich', (v) => safe(richHtml(v)));
        this.env.addFilter('richmd', (v) => safe(richMd(v)));
        this.env.addFilter('inl', (v) => safe(inlineHtmlView(v)));
        this.env.addFilter('inlmd', (v) => safe(inlineMdView(v)));
        this.env.addFilter('mdparas', (v, lang) => safe(paragraphsMd(v, lang)));
        this.env.addFilter('mdlang', (v, lang) => safe(lineMd(v, lang)));
    }
    /** Renders a ready view model with the template of that format. */
    renderModel(format, model) {
        try {
            return this.env.render(TEMPLATE_FILES[format], model);
        }
        catch (error) {
            const t = translator(reportMessages, this.lang);
            throw new UsageError(t('templateError', { message: error.message.replace(/\s+/g, ' ').trim() }));
        }
    }
    /** Scores and draws one report: its view model and its two SVGs. `md`: the charts are files beside the report. */
    async prepare(input, lang, md = false, assetBase = 'report') {
        const { assessment, framework: fw } = input;
        const score = scoreAssessment(assessment, fw);
        const compareScore = input.compare ? scoreAssessment(input.compare.assessment, input.compare.framework) : undefined;
        const bench = input.benchmark ? benchmarkSeries(input.benchmark, fw, lang) : undefined;
        const labels = reportLabels(input, input.compare);
        // Colours by role: this LAB is blue and drawn on top, the --compare file vermillion (as in compare and history).
        const series = [{
                label: labels[0], role: 'current', values: score.commitments.map((c) => c.percent), na: score.commitments.map((c) => c.status === 'na'),
            }];
        if (input.compare && compareScore) {
            series.push({ label: labels[1], role: 'earlier', values: compareScore.commitments.map((c) => c.percent), na: compareScore.commitments.map((c) => c.status === 'na') });
        }
        // vega numbers clip paths and gradients with a module-wide counter: start it afresh so a
        // report is the same whether rendered alone or as the 50th of a batch.
        (await vegaRuntime()).resetSVGDefIds();
        const tableName = translator(reportMessages, lang)('results');
        const radarSvg = stripXmlProlog(await renderRadarSvg({ framework: fw, lang, series, ...(bench ? { benchmark: bench } : {}), width: 640, tableName }));
        await this.between?.();
        const votesSvg = await renderVotesSvg(assessment, fw, score, lang);
        await this.between?.();
        const radarName = `${assetBase}-radar.svg`;
        const votesName = `${assetBase}-votes.svg`;
        const modelInput = {
            assessment,
            framework: fw,
            score,
            fileName: input.fileName,
            lang,
            ...(input.review ? { review: input.review } : {}),
            radar: md ? { svg: radarSvg, href: radarName } : { svg: radarSvg },
            votes: votesSvg === null ? null : md ? { svg: votesSvg, href: votesName } : { svg: votesSvg },
            ...(input.compare && compareScore
                ? { compare: { assessment: input.compare.assessment, framework: input.compare.framework, score: compareScore, fileName: input.compare.fileName } }
                : {}),
            ...(input.benchmark && bench ? { benchmark: { data: input.benchmark, values: bench.values } } : {}),
        };
        const assets = md
            ? [{ name: radarName, content: radarSvg + '\n' }, ...(votesSvg ? [{ name: votesName, content: votesSvg + '\n' }] : [])]
            : [];
        return { model: buildReportModel(modelInput), radarSvg, votesSvg, assets };
    }
    /** Scores, draws and renders one report. `assetBase`: the Markdown file's name without extension. */
    async render(input, format, lang, assetBase = 'report') {
        const prepared = await this.prepare(input, lang, format === 'md', assetBase);
        await this.between?.();
        // Characters HTML and XML forbid (a control in a city name) never reach the document: U+FFFD instead.
        return { text: xmlValidChars(this.renderModel(format, prepared.model)), assets: prepared.assets };
    }
}
