import {
  reportMessages
} from "./chunk-H4M6G6GW.js";
import {
  documentDate,
  longDate
} from "./chunk-FIEPM2LT.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/report/outputs.js
async function renderReportFile(renderer, input, format, lang, assetBase, options = {}) {
  if (format === "html" || format === "md") {
    const out = await renderer.render(input, format, lang, assetBase);
    return { data: out.text, assets: out.assets };
  }
  if (format === "docx") {
    const prepared = await renderer.prepare(input, lang);
    const { reportDocx } = await import("./chunk-JZGCBVJW.js");
    return { data: await reportDocx(prepared.model, prepared), assets: [] };
  }
  const t = translator(reportMessages, lang);
  const page = { header: `${input.assessment.city} \u2014 ${longDate(String(input.assessment.date), lang)}`, pageOf: t("pageOf"), lang };
  if (options.printer) {
    const prepared = await renderer.prepare(input, lang);
    return { data: await options.printer.print(renderer.renderModel("html", prepared.model), { ...page, date: documentDate(prepared.model) }), assets: [] };
  }
  const { startPrinter } = await import("./chunk-YOKILJC6.js");
  const printer = startPrinter({ browser: options.browser, ...page, ...options.noSandbox ? { noSandbox: true } : {} });
  try {
    const prepared = await renderer.prepare(input, lang);
    return { data: await printer.print(renderer.renderModel("html", prepared.model), { ...page, date: documentDate(prepared.model) }), assets: [] };
  } catch (error) {
    await printer.close();
    throw error;
  }
}
__name(renderReportFile, "renderReportFile");
async function startPdfRun(binary, holder) {
  const { startPrinter } = await import("./chunk-YOKILJC6.js");
  holder.printer = startPrinter({ browser: binary.browser, ...binary.noSandbox ? { noSandbox: true } : {} }, { reuse: true });
  return { ...binary, printer: holder.printer };
}
__name(startPdfRun, "startPdfRun");
export {
  renderReportFile,
  startPdfRun
};
