import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml as escapeXml } from '../escape/html.js';
import { launchBrowser } from './launch.js';
const SMALL = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #444; width: 100%; padding: 0 15mm;";
function footer(pageOf) {
    const parts = escapeXml(pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
    return `<div style="${SMALL} text-align: right;">${parts}</div>`;
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Starts the browser now (pdf/launch.ts: it boots while the report is drawn).
 * With `reuse`, one browser prints every file of a `report --out-dir` run and
 * is closed by `close()`; without, the first print closes it.
 */
export function startPrinter(options, { reuse = false } = {}) {
    let profileDir;
    let child;
    const profile = mkdtemp(join(tmpdir(), 'c21lab-pdf-')).then((dir) => (profileDir = dir));
    const extra = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-extensions', '--disable-default-apps', '--mute-audio', ...(options.noSandbox ? ['--no-sandbox'] : [])];
    const started = profile.then((dir) => launchBrowser(options.browser, dir, extra, (c) => (child = c)));
    started.catch(() => undefined); // reported by print or close, whichever comes first
    // Interrupted (Ctrl+C) while a browser runs: it and its profile go with this process, which then ends as the signal
    // would have ended it (puppeteer.launch did the same for the browser, not for a profile it had not made).
    const onSignal = (signal) => {
        child?.kill('SIGKILL');
        if (profileDir)
            rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
        process.exit(128 + (constants.signals[signal] ?? 0));
    };
    for (const s of SIGNALS)
        process.on(s, onSignal);
    let closing;
    const close = () => (closing ??= (async () => {
        const launched = await started.catch(() => undefined);
        if (launched) {
            const exited = new Promise((r) => (launched.process.exitCode !== null || launched.process.signalCode !== null ? r(undefined) : launched.process.once('exit', r)));
            // An orderly close: killing the browser at once left its helper processes writing into the profile while it was removed.
            await launched.browser.close().catch(() => launched.process.kill('SIGKILL'));
            await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
            if (launched.process.exitCode === null && launched.process.signalCode === null)
                launched.process.kill('SIGKILL');
        }
        await rm(await profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
        for (const s of SIGNALS)
            process.off(s, onSignal);
    })());
    return {
        close,
        async print(html, page) {
            const text = { header: page?.header ?? options.header ?? '', pageOf: page?.pageOf ?? options.pageOf ?? '', lang: page?.lang ?? options.lang ?? 'en' };
            try {
                const { browser } = await started;
                const tab = await browser.newPage();
                try {
                    return await printPage(tab, html, text);
                }
                finally {
                    if (reuse)
                        await tab.close().catch(() => undefined);
                }
            }
            catch (error) {
                if (reuse)
                    await close();
                throw error;
            }
            finally {
                if (!reuse)
                    await close();
            }
        },
    };
}
async function printPage(page, html, text) {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
        if (request.isInterceptResolutionHandled())
            return;
        void (request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient'));
    });
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="${SMALL}" lang="${escapeXml(text.lang)}">${escapeXml(text.header)}</div>`,
        footerTemplate: footer(text.pageOf),
        margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
        preferCSSPageSize: false,
        tagged: true,
        outline: true,
    });
    return new Uint8Array(pdf);
}
/** Prints one HTML page to PDF (starts and closes a browser). */
export async function htmlToPdf(html, options) {
    return startPrinter(options).print(html);
}
