// Rendering a report: score the assessment, draw the radar and the votes
// chart, build the view model, and pass it through the nunjucks templates.
// One ReportRenderer is made per run: its environment (engine.ts) holds the
// bundled templates precompiled, or compiles a user's templates once and
// keeps them, so `report --out-dir` over many files pays for them once.
import { existsSync, statSync } from 'node:fs';
import type nunjucks from 'nunjucks';
import { UsageError } from '../../core/errors.js';
import { scoreAssessment } from '../../core/score.js';
import { benchmarkSeries } from '../../core/benchmark.js';
import type { Assessment, Benchmark, Framework, Lang } from '../../core/types.js';
import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
import { renderRadarSvg, type RadarSeries } from '../radar/index.js';
import { xmlValidChars } from '../escape/xml.js';
import { renderVotesSvg } from '../votes-chart.js';
import { buildReportModel, reportLabels, type ModelInput, type ReportModel } from './model.js';
import { vegaRuntime } from '../vega.js';
import { reportEnvironment } from './engine.js';
import { markdownCell, markdownLinkTarget } from '../escape/markdown.js';
import { inlineHtmlView, inlineMdView, lineMd, paragraphsMd, richHtml, richMd } from './rich.js';
import type { Review } from '../../core/review.js';

export type ReportFormat = 'html' | 'md';

export { BUNDLED_REPORT_TEMPLATES } from './engine.js';
export const TEMPLATE_FILES: Record<ReportFormat, string> = { html: 'report.html.njk', md: 'report.md.njk' };

export interface ReportInput {
  assessment: Assessment;
  framework: Framework;
  fileName: string;
  compare?: { assessment: Assessment; framework: Framework; fileName: string };
  benchmark?: Benchmark; // already checked against the framework (checkBenchmark)
  /** The expert's review (core/review.ts loadReview). */
  review?: Review;
}

export interface ReportOutput {
  text: string;
  /** Files the Markdown report links to, to be written beside it (name relative to the report). */
  assets: { name: string; content: string }[];
}


function stripXmlProlog(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}

export class ReportRenderer {
  readonly env: nunjucks.Environment;
  /**
   * Awaited between the steps of a report (radar, votes chart, model, template), when set: `report --out-dir`
   * sets it to a turn of the event loop, so that the previous report's write, whose every step waits for such
   * a turn, goes on (its fsync included) while this one is drawn instead of after. Nothing a report shows depends on it.
   */
  between?: () => Promise<void>;

  /** userDir: a folder of the user's own templates, searched first, file by file. `lang`: for error messages. */
  constructor(readonly lang: Lang, userDir?: string) {
    const t = translator(reportMessages, lang);
    if (userDir && !(existsSync(userDir) && statSync(userDir).isDirectory())) {
      throw new UsageError(t('noTemplateDir', { dir: userDir }));
    }
    const { env, runtime } = reportEnvironment(userDir);
    this.env = env;
    const safe = (s: string) => new runtime.SafeString(s);
    this.env.addFilter('md', (v: unknown) => safe(markdownCell(v)));
    this.env.addFilter('mdurl', (v: unknown) => safe(markdownLinkTarget(v)));
    // The review's texts: safe Markdown subset → escaped HTML or Markdown (rich.ts).
    this.env.addFilter('rich', (v: unknown) => safe(richHtml(v as Parameters<typeof richHtml>[0])));
    this.env.addFilter('richmd', (v: unknown) => safe(richMd(v as Parameters<typeof richMd>[0])));
    this.env.addFilter('inl', (v: unknown) => safe(inlineHtmlView(v as Parameters<typeof inlineHtmlView>[0])));
    this.env.addFilter('inlmd', (v: unknown) => safe(inlineMdView(v as Parameters<typeof inlineMdView>[0])));
    this.env.addFilter('mdparas', (v: unknown, lang?: unknown) => safe(paragraphsMd(v, lang)));
    this.env.addFilter('mdlang', (v: unknown, lang?: unknown) => safe(lineMd(v, lang)));
  }

  /** Renders a ready view model with the template of that format. */
  renderModel(format: ReportFormat, model: ReportModel): string {
    try {
      return this.env.render(TEMPLATE_FILES[format], model);
    } catch (error) {
      const t = translator(reportMessages, this.lang);
      throw new UsageError(t('templateError', { message: (error as Error).message.replace(/\s+/g, ' ').trim() }));
    }
  }

  /** Scores and draws one report: its view model and its two SVGs. `md`: the charts are files beside the report. */
  async prepare(input: ReportInput, lang: Lang, md = false, assetBase = 'report'): Promise<PreparedReport> {
    const { assessment, framework: fw } = input;
    const score = scoreAssessment(assessment, fw);
    const compareScore = input.compare ? scoreAssessment(input.compare.assessment, input.compare.framework) : undefined;
    const bench = input.benchmark ? benchmarkSeries(input.benchmark, fw, lang) : undefined;
    const labels = reportLabels(input, input.compare);
    // Colours by role: this LAB is blue and drawn on top, the --compare file vermillion (as in compare and history).
    const series: RadarSeries[] = [{
      label: labels[0] as string, role: 'current', values: score.commitments.map((c) => c.percent), na: score.commitments.map((c) => c.status === 'na'),
    }];
    if (input.compare && compareScore) {
      series.push({ label: labels[1] as string, role: 'earlier', values: compareScore.commitments.map((c) => c.percent), na: compareScore.commitments.map((c) => c.status === 'na') });
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
    const modelInput: ModelInput = {
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
  async render(input: ReportInput, format: ReportFormat, lang: Lang, assetBase = 'report'): Promise<ReportOutput> {
    const prepared = await this.prepare(input, lang, format === 'md', assetBase);
    await this.between?.();
    // Characters HTML and XML forbid (a control in a city name) never reach the document: U+FFFD instead.
    return { text: xmlValidChars(this.renderModel(format, prepared.model)), assets: prepared.assets };
  }
}

export interface PreparedReport {
  model: ReportModel;
  radarSvg: string;
  votesSvg: string | null;
  assets: { name: string; content: string }[];
}
