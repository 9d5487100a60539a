// The PDF: the HTML report printed by a Chromium-family browser through
// puppeteer-core (loaded only here, only for .pdf). A4, the running header
// (city and LAB date) and "Page N of M" at the foot come from the browser's
// own header and footer; the page breaks, repeated table headers and headings
// kept with their text come from the report's print stylesheet; the radar
// stays vector graphics (inline SVG). The page runs no script and loads
// nothing: JavaScript is off and every request other than the page itself is
// refused.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml as escapeXml } from '../escape/html.js';

export interface PdfOptions {
  browser: string;
  /** Running header: "Exampleville — 14 May 2026". */
  header: string;
  /** "Page {page} of {pages}", with the placeholders as written. */
  pageOf: string;
  lang: string;
  /** Extra browser switches, e.g. --no-sandbox where the sandbox cannot run (as root in a container). */
  noSandbox?: boolean;
}

const SMALL = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #444; width: 100%; padding: 0 15mm;";

function footer(pageOf: string): string {
  const parts = escapeXml(pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="${SMALL} text-align: right;">${parts}</div>`;
}

/** A browser being started, so that it boots while the report is still being drawn; then `print` or `close`. */
export interface Printer {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function startPrinter(options: PdfOptions): Printer {
  const profile = mkdtemp(join(tmpdir(), 'c21lab-pdf-'));
  const started = (async () => {
    const puppeteer = (await import('puppeteer-core')).default;
    return puppeteer.launch({
      executablePath: options.browser,
      headless: true,
      userDataDir: await profile,
      args: [
        '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-extensions', '--disable-default-apps', '--mute-audio',
        ...(options.noSandbox ? ['--no-sandbox'] : []),
      ],
    });
  })();
  started.catch(() => undefined); // reported by print or close, whichever comes first
  const close = async () => {
    const browser = await started.catch(() => undefined);
    // An orderly close: killing the browser at once left its helper processes writing into the profile while it was removed.
    await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
    await rm(await profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  };
  return {
    close,
    async print(html: string) {
      try {
        const browser = await started;
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.isInterceptResolutionHandled()) return;
          void (request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient'));
        });
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: `<div style="${SMALL}" lang="${escapeXml(options.lang)}">${escapeXml(options.header)}</div>`,
          footerTemplate: footer(options.pageOf),
          margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
          preferCSSPageSize: false,
          tagged: true,
          outline: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await close();
      }
    },
  };
}

/** Prints one HTML page to PDF (starts and closes a browser). */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  return startPrinter(options).print(html);
}
