import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
import { documentDate, longDate } from './dates.js';
export async function renderReportFile(renderer, input, format, lang, assetBase, options = {}) {
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
    const printer = startPrinter({ browser: options.browser, ...page, ...(options.noSandbox ? { noSandbox: true } : {}) });
    try {
        const prepared = await renderer.prepare(input, lang);
        // The file's dates are the report's (the review's, else the LAB's), as in the Word file (dates.ts).
        return { data: await printer.print(renderer.renderModel('html', prepared.model), { ...page, date: documentDate(prepared.model) }), assets: [] };
    }
    catch (error) {
        await printer.close();
        throw error;
    }
}
/**
 * Starts the browser for a PDF run at once, before any input is read, so it
 * boots while the command validates and draws; one browser then prints every
 * file. `holder.printer` is set, for the command to close when it is done.
 */
export async function startPdfRun(binary, holder) {
    const { startPrinter } = await import('../pdf/print.js');
    holder.printer = startPrinter({ browser: binary.browser, ...(binary.noSandbox ? { noSandbox: true } : {}) }, { reuse: true });
    return { ...binary, printer: holder.printer };
}
