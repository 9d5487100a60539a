import { constants } from 'node:os';
import { escapeHtml } from '../escape/html.js';
import { setPdfInfo } from './info.js';
import { makeProfile, removeProfile, removeProfileSync, socketLinkOf } from './profile.js';
import { OWN_GROUP as ownGroup, killBrowser, launchBrowser } from './launch.js';
const SMALL = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #444; width: 100%; padding: 0 15mm;";
function footer(pageOf) {
    const parts = escapeHtml(pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
    return `<div style="${SMALL} text-align: right;">${parts}</div>`;
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Starts the browser now (pdf/launch.ts: it boots while the report is drawn).
 * With `reuse`, one browser prints every file of a `report --out-dir` run and
 * is closed by `close()`; without, the first print closes it.
 */
export function startPrinter(options, { reuse = false } = {}) {
    let child;
    // Made and spawned synchronously, here: a promise's callback would wait for the drawing of the report
    // (one long task on this thread) to yield, and the browser would boot only after it.
    const profileDir = makeProfile();
    const extra = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-extensions', '--disable-default-apps', '--mute-audio', ...(options.noSandbox ? ['--no-sandbox'] : [])];
    // Interrupted (Ctrl+C) while a browser runs: it and its profile go with this process, which then ends as the signal
    // would have ended it (puppeteer.launch did the same for the browser, not for a profile it had not made). Listened
    // for before the browser is spawned: a Ctrl+C just after the spawn killed node outright, leaving both behind.
    const onSignal = (signal) => {
        if (child)
            killBrowser(child);
        removeProfileSync(profileDir);
        process.exit(128 + (constants.signals[signal] ?? 0));
    };
    for (const s of SIGNALS)
        process.on(s, onSignal);
    let started;
    try {
        started = launchBrowser(options.browser, profileDir, extra, (c) => (child = c));
    }
    catch (error) {
        started = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    started.catch(() => undefined); // reported by print or close, whichever comes first
    // The one tab every file of the run is printed in, made ready as soon as the browser answers (the report may still be drawn).
    const tab = started.then(({ browser }) => openPage(browser));
    tab.catch(() => undefined); // reported by print, as `started`
    let closing;
    const close = () => (closing ??= (async () => {
        const launched = await started.catch(() => undefined);
        // A browser that never answered (or failed) is ended too, and waited for, before its profile goes.
        const browserProcess = launched?.process ?? child;
        const socketLink = socketLinkOf(profileDir); // before the browser is told to end (profile.ts)
        if (browserProcess) {
            const exited = new Promise((r) => (browserProcess.exitCode !== null || browserProcess.signalCode !== null ? r(undefined) : browserProcess.once('exit', r)));
            if (launched && !ownGroup) {
                // An orderly close where helpers are not one group: killing the browser alone left them writing into the profile.
                await launched.browser.close().catch(() => killBrowser(browserProcess));
            }
            else {
                // The PDFs are in hand and the profile is thrown away: an orderly shutdown would only save the profile
                // (~0.3 s). The whole process group goes at once, so no helper is left writing into it while it is removed.
                await launched?.browser.disconnect().catch(() => undefined);
                killBrowser(browserProcess);
            }
            await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
            killBrowser(browserProcess);
        }
        await removeProfile(profileDir, socketLink);
        for (const s of SIGNALS)
            process.off(s, onSignal);
    })());
    return {
        close,
        async print(html, page) {
            const text = {
                header: page?.header ?? options.header ?? '', pageOf: page?.pageOf ?? options.pageOf ?? '', lang: page?.lang ?? options.lang ?? 'en',
                date: page?.date ?? options.date ?? '',
            };
            try {
                return await printPage(await tab, html, text);
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
/**
 * The tab the browser opened at start (about:blank), ready at once, where a new one would cost a target and a
 * renderer: JavaScript off, and every request but the page and its data: URLs refused.
 */
async function openPage(browser) {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
        if (request.isInterceptResolutionHandled())
            return;
        void (request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient'));
    });
    return page;
}
async function printPage(page, html, text) {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="${SMALL}" lang="${escapeHtml(text.lang)}">${escapeHtml(text.header)}</div>`,
        footerTemplate: footer(text.pageOf),
        margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
        preferCSSPageSize: false,
        tagged: true,
        outline: true,
    });
    // The program that made the document is c21lab, not the browser's user agent or its PDF library, and its
    // dates are the document's, not the time of the print (info.ts).
    return setPdfInfo(new Uint8Array(pdf), 'c21lab', text.date ?? '');
}
/** Prints one HTML page to PDF (starts and closes a browser). */
export async function htmlToPdf(html, options) {
    return startPrinter(options).print(html);
}
