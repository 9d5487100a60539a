// One report in any of its four formats. HTML and Markdown come from the
// templates; PDF is the HTML printed by a browser (pdf/print.ts); Word is
// built from the same view model (docx/index.ts). puppeteer-core and docx are
// imported only for their format, so an HTML report never loads them.
import type { Lang } from '../../core/types.js';
import type { ReportInput, ReportRenderer } from './index.js';
import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
import { documentDate, longDate } from './dates.js';
import type { Printer } from '../pdf/print.js';

export type OutputFormat = 'html' | 'md' | 'pdf' | 'docx';

export interface RenderedFile {
  data: string | Uint8Array;
  assets: { name: string; content: string }[];
}

export interface BinaryOptions {
  /** The browser that prints PDFs (pdf/browser.ts findBrowser). */
  browser?: string;
  noSandbox?: boolean;
  /** A browser already started (pdf/print.ts startPrinter, with `reuse`), e.g. at the start of the command; kept open. */
  printer?: Printer;
}

export async function renderReportFile(
  renderer: ReportRenderer, input: ReportInput, format: OutputFormat, lang: Lang, assetBase: string, options: BinaryOptions = {},
): Promise<RenderedFile> {
  if (format === 'html' || format === 'md') {
    const out = await renderer.render(input, format, lang, assetBase);
    return { data: out.text, assets: out.assets };
  }
  if (format === 'docx') {
    const prepared = await renderer.prepare(input, lang);
    const { reportDocx } = await import('../docx/index.js');
    return { data: await reportDocx(prepared.model, prepared), assets: [] };
  }
  const t = translator(reportMessages, lang);
  const page = { header: `${input.assessment.city} — ${longDate(String(input.assessment.date), lang)}`, pageOf: t('pageOf'), lang };
  if (options.printer) {
    const prepared = await renderer.prepare(input, lang);
    return { data: await options.printer.print(renderer.renderModel('html', prepared.model), { ...page, date: documentDate(prepared.model) }), assets: [] };
  }
  // The browser starts first and boots while the report is drawn: most of a PDF's time is the browser's.
  const { startPrinter } = await import('../pdf/print.js');
  const printer = startPrinter({ browser: options.browser as string, ...page, ...(options.noSandbox ? { noSandbox: true } : {}) });
  try {
    const prepared = await renderer.prepare(input, lang);
    // The file's dates are the report's (the review's, else the LAB's), as in the Word file (dates.ts).
    return { data: await printer.print(renderer.renderModel('html', prepared.model), { ...page, date: documentDate(prepared.model) }), assets: [] };
  } catch (error) {
    await printer.close();
    throw error;
  }
}

/**
 * Starts the browser for a PDF run at once, before any input is read, so it
 * boots while the command validates and draws; one browser then prints every
 * file. `holder.printer` is set, for the command to close when it is done.
 */
export async function startPdfRun(binary: BinaryOptions, holder: { printer?: Printer }): Promise<BinaryOptions> {
  const { startPrinter } = await import('../pdf/print.js');
  holder.printer = startPrinter({ browser: binary.browser as string, ...(binary.noSandbox ? { noSandbox: true } : {}) }, { reuse: true });
  return { ...binary, printer: holder.printer };
}
