import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
import { longDate } from './dates.js';
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
    // The browser starts first and boots while the report is drawn: most of a PDF's time is the browser's.
    const { startPrinter } = await import('../pdf/print.js');
    const t = translator(reportMessages, lang);
    const printer = startPrinter({
        browser: options.browser,
        header: `${input.assessment.city} — ${longDate(String(input.assessment.date), lang)}`,
        pageOf: t('pageOf'),
        lang,
        ...(options.noSandbox ? { noSandbox: true } : {}),
    });
    try {
        const prepared = await renderer.prepare(input, lang);
        return { data: await printer.print(renderer.renderModel('html', prepared.model)), assets: [] };
    }
    catch (error) {
        await printer.close();
        throw error;
    }
}
