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
import { renderVotesSvg } from '../votes-chart.js';
import { buildReportModel, reportLabels } from './model.js';
import { vegaRuntime } from '../vega.js';
import { reportEnvironment } from './engine.js';
export { BUNDLED_REPORT_TEMPLATES } from './engine.js';
export const TEMPLATE_FILES = { html: 'report.html.njk', md: 'report.md.njk' };
/** Markdown-safe text: HTML metacharacters as entities, Markdown syntax backslash-escaped, lines joined. */
export function escapeMarkdown(value) {
    return String(value ?? '')
        .replace(/\s*\n\s*/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~!{}])/g, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^([-+=])/, '\\$1');
}
/** A URL inside Markdown link parentheses: no space, parenthesis or angle bracket can end it early. */
export function escapeMarkdownUrl(value) {
    return String(value ?? '').replace(/[\s()<>"'\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
function stripXmlProlog(svg) {
    return svg.replace(/^\s*<\?xml[^>]*>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}
export class ReportRenderer {
    lang;
    env;
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
        this.env.addFilter('md', (v) => safe(escapeMarkdown(v)));
        this.env.addFilter('mdurl', (v) => safe(escapeMarkdownUrl(v)));
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
    /** Scores, draws and renders one report. `assetBase`: the Markdown file's name without extension. */
    async render(input, format, lang, assetBase = 'report') {
        const { assessment, framework: fw } = input;
        const score = scoreAssessment(assessment, fw);
        const compareScore = input.compare ? scoreAssessment(input.compare.assessment, input.compare.framework) : undefined;
        const bench = input.benchmark ? benchmarkSeries(input.benchmark, fw) : undefined;
        const labels = reportLabels(input, input.compare);
        const series = [{ label: labels[0], values: score.commitments.map((c) => c.percent) }];
        if (input.compare && compareScore) {
            series.push({ label: labels[1], values: compareScore.commitments.map((c) => c.percent) });
        }
        // vega numbers clip paths and gradients with a module-wide counter: start it afresh so a
        // report is the same whether rendered alone or as the 50th of a batch.
        (await vegaRuntime()).resetSVGDefIds();
        const radarSvg = stripXmlProlog(await renderRadarSvg({ framework: fw, lang, series, ...(bench ? { benchmark: bench } : {}), width: 640 }));
        const votesSvg = await renderVotesSvg(assessment, fw, score, lang);
        const md = format === 'md';
        const radarName = `${assetBase}-radar.svg`;
        const votesName = `${assetBase}-votes.svg`;
        const modelInput = {
            assessment,
            framework: fw,
            score,
            fileName: input.fileName,
            lang,
            radar: md ? { svg: radarSvg, href: radarName } : { svg: radarSvg },
            votes: votesSvg === null ? null : md ? { svg: votesSvg, href: votesName } : { svg: votesSvg },
            ...(input.compare && compareScore
                ? { compare: { assessment: input.compare.assessment, framework: input.compare.framework, score: compareScore, fileName: input.compare.fileName } }
                : {}),
            ...(input.benchmark && bench ? { benchmark: { data: input.benchmark, values: bench.values } } : {}),
        };
        const text = this.renderModel(format, buildReportModel(modelInput));
        const assets = md
            ? [{ name: radarName, content: radarSvg + '\n' }, ...(votesSvg ? [{ name: votesName, content: votesSvg + '\n' }] : [])]
            : [];
        return { text, assets };
    }
}
