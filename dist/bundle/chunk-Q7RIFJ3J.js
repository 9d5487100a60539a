import {
  escapeHtml
} from "./chunk-UFYCAIRZ.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/pdf/print.js
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var SMALL = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #444; width: 100%; padding: 0 15mm;";
function footer(pageOf) {
  const parts = escapeHtml(pageOf).replace("{page}", '<span class="pageNumber"></span>').replace("{pages}", '<span class="totalPages"></span>');
  return `<div style="${SMALL} text-align: right;">${parts}</div>`;
}
__name(footer, "footer");
function startPrinter(options) {
  const profile = mkdtemp(join(tmpdir(), "c21lab-pdf-"));
  const started = (async () => {
    const puppeteer = (await import("puppeteer-core")).default;
    return puppeteer.launch({
      executablePath: options.browser,
      headless: true,
      userDataDir: await profile,
      args: [
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--mute-audio",
        ...options.noSandbox ? ["--no-sandbox"] : []
      ]
    });
  })();
  started.catch(() => void 0);
  const close = /* @__PURE__ */ __name(async () => {
    const browser = await started.catch(() => void 0);
    await browser?.close().catch(() => browser?.process()?.kill("SIGKILL"));
    await rm(await profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => void 0);
  }, "close");
  return {
    close,
    async print(html) {
      try {
        const browser = await started;
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.setRequestInterception(true);
        page.on("request", (request) => {
          if (request.isInterceptResolutionHandled())
            return;
          void (request.url().startsWith("data:") ? request.continue() : request.abort("blockedbyclient"));
        });
        await page.setContent(html, { waitUntil: "load" });
        const pdf = await page.pdf({
          format: "A4",
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: `<div style="${SMALL}" lang="${escapeHtml(options.lang)}">${escapeHtml(options.header)}</div>`,
          footerTemplate: footer(options.pageOf),
          margin: { top: "18mm", bottom: "18mm", left: "15mm", right: "15mm" },
          preferCSSPageSize: false,
          tagged: true,
          outline: true
        });
        return new Uint8Array(pdf);
      } finally {
        await close();
      }
    }
  };
}
__name(startPrinter, "startPrinter");
async function htmlToPdf(html, options) {
  return startPrinter(options).print(html);
}
__name(htmlToPdf, "htmlToPdf");
export {
  htmlToPdf,
  startPrinter
};
