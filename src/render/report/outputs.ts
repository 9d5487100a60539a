// One report in any of its four formats. HTML and Markdown come from the
// templates; PDF is the HTML printed by a browser (pdf/print.ts); Word is
// built from the same view model (docx/index.ts). puppeteer-core and docx are
// imported only for their format, so an HTML report never loads them.
import type { Lang } from '../../core/types.js';
import type { ReportInput, ReportRenderer } from './index.js';

export type OutputFormat = 'html' | 'md' | 'pdf' | 'docx';

export interface RenderedFile {
  data: string | Uint8Array;
  assets: { name: string; content: string }[];
}

export interface BinaryOptions {
  /** The browser that prints PDFs (pdf/browser.ts findBrowser). */
  browser?: string;
  noSandbox?: boolean;
}

export async function renderReportFile(
  renderer: ReportRenderer, input: ReportInput, format: OutputFormat, lang: Lang, assetBase: string, options: BinaryOptions = {},
): Promise<RenderedFile> {
  if (format === 'html' || format === 'md') {
    const out = await renderer.render(input, format, lang, assetBase);
    return { data: out.text, assets: out.assets };
  }
  const prepared = await renderer.prepare(input, lang);
  if (format === 'docx') {
    const { reportDocx } = await import('../docx/index.js');
    return { data: await reportDocx(prepared.model, prepared), assets: [] };
  }
  const { htmlToPdf } = await import('../pdf/print.js');
  const html = renderer.renderModel('html', prepared.model);
  const t = prepared.model.t as Record<string, string>;
  const data = await htmlToPdf(html, {
    browser: options.browser as string,
    header: `${prepared.model.city} — ${prepared.model.dateText}`,
    pageOf: t.pageOf as string,
    lang,
    ...(options.noSandbox ? { noSandbox: true } : {}),
  });
  return { data, assets: [] };
}
