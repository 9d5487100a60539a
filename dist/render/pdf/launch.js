// Starts the browser that prints a PDF at once, before puppeteer-core is even
// loaded, then hands it to puppeteer over the DevTools pipe: the browser boots
// (its own process) while this one loads puppeteer-core (~0.3 s) and draws
// the report, where puppeteer.launch() would start it only after both.
// The switches are exactly those puppeteer.launch() passes for a headless
// print (test/render/pdf/launch.test.ts compares them with
// puppeteer.defaultArgs() of the installed version), so the PDF is the same.
import { spawn } from 'node:child_process';
/** puppeteer.defaultArgs({ headless: true }) up to the profile switch, then after it. */
const BEFORE_PROFILE = [
    '--allow-pre-commit-input', '--disable-background-networking', '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows', '--disable-breakpad', '--disable-client-side-phishing-detection',
    '--disable-component-extensions-with-background-pages', '--disable-crash-reporter', '--disable-default-apps',
    '--disable-dev-shm-usage', '--disable-hang-monitor', '--disable-infobars', '--disable-ipc-flooding-protection',
    '--disable-popup-blocking', '--disable-prompt-on-repost', '--disable-renderer-backgrounding',
    '--disable-search-engine-choice-screen', '--disable-sync', '--enable-automation', '--export-tagged-pdf',
    '--force-color-profile=srgb', '--generate-pdf-document-outline', '--metrics-recording-only', '--no-first-run',
    '--password-store=basic', '--use-mock-keychain',
    '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
    '--enable-features=PdfOopif',
];
const AFTER_PROFILE = ['--headless=new', '--hide-scrollbars', '--mute-audio', '--disable-extensions', 'about:blank'];
/** The browser's command line: puppeteer's headless defaults, the profile, our switches, and the DevTools pipe. */
export function browserArgs(profile, extra) {
    return [...BEFORE_PROFILE, `--user-data-dir=${profile}`, ...AFTER_PROFILE, ...extra, '--remote-debugging-pipe'];
}
/** How long a browser may take to answer on its pipe before the print is given up (as puppeteer.launch's timeout). */
const START_TIMEOUT_MS = 30_000;
/** How a process that ended is described: by its signal, else its exit code. */
const endOf = (code, signal) => (signal ? { kind: 'signal', signal } : { kind: 'exit', code });
function failureText(f) {
    return f.kind === 'exit' ? `exit ${String(f.code)}` : f.kind === 'signal' ? `signal ${f.signal}` : f.kind === 'spawn' ? f.message : `no answer in ${f.seconds} s`;
}
/** A browser that ended before it answered on its pipe; the CLI words it (report.ts), exit 2. */
export class BrowserStartError extends Error {
    executable;
    failure;
    stderr;
    constructor(executable, failure, 
    /** The end of what the browser wrote on stderr. */
    stderr) {
        super(`the browser ${executable} did not start (${failureText(failure)})${stderr ? `:\n${stderr}` : ''}`);
        this.executable = executable;
        this.failure = failure;
        this.stderr = stderr;
        this.name = 'BrowserStartError';
    }
}
/**
 * DevTools messages over the browser's fds 3 (to it) and 4 (from it), each ended by a NUL byte. Made as soon
 * as the browser is spawned: a pipe that closes before puppeteer-core sets `onclose` (a browser that exits at
 * once) still tells it, or its first request would wait out puppeteer's 180 s protocol timeout.
 */
function pipeTransport(toBrowser, fromBrowser) {
    let pending = [];
    let closed = false;
    let onclose;
    const transport = {
        send(message) {
            if (!closed)
                toBrowser.write(`${message}\0`);
        },
        close() {
            fromBrowser.destroy();
            toBrowser.destroy();
        },
    };
    Object.defineProperty(transport, 'onclose', {
        get: () => onclose,
        set: (f) => {
            onclose = f;
            if (closed && f)
                setImmediate(f);
        },
        enumerable: true,
    });
    fromBrowser.on('data', (chunk) => {
        let start = 0;
        for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
            const message = Buffer.concat([...pending, chunk.subarray(start, end)]).toString('utf8');
            pending = [];
            start = end + 1;
            // Delivered one per task, as puppeteer's own pipe transport does.
            setImmediate(() => transport.onmessage?.(message));
        }
        if (start < chunk.length)
            pending.push(chunk.subarray(start));
    });
    fromBrowser.on('close', () => {
        closed = true;
        onclose?.();
    });
    fromBrowser.on('error', () => undefined);
    toBrowser.on('error', () => undefined);
    return transport;
}
/**
 * puppeteer-core's connect over a transport. Its CDP connector alone, which
 * puppeteer.connect() calls for a transport, loads a third of the modules
 * the package's entry does (no launchers, browser downloader, BiDi, semver:
 * ~0.25 s less on this thread, which also draws the report, while the
 * browser boots). Where an upgrade moves it, the public connect instead
 * (test/render/pdf/launch.test.ts says so first).
 */
export async function cdpConnect() {
    try {
        const internal = (await import('puppeteer-core/internal/cdp/BrowserConnector.js'));
        const direct = internal._connectToCdpBrowser;
        if (typeof direct === 'function')
            return (transport, options) => direct(transport, '', options);
    }
    catch {
        // not there in this version: the public entry below
    }
    const puppeteer = (await import('puppeteer-core')).default;
    return (transport, options) => puppeteer.connect({ transport, ...options });
}
/** Where the browser and its helpers run as one process group (every POSIX system), which killBrowser ends at once. */
export const OWN_GROUP = process.platform !== 'win32';
/**
 * Ends the browser and every helper it started (zygote, renderers, GPU and utility processes) at once: on POSIX
 * their whole process group, so that none is left writing into the profile that is removed next; on Windows the
 * browser, whose helpers end with it.
 */
export function killBrowser(child) {
    // Once the browser has ended, its exit handler (launchBrowser) has ended the rest of the group.
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    if (!killGroup(child))
        child.kill('SIGKILL');
}
/** SIGKILL to the browser's process group; false where there is none (Windows, not spawned, already empty). */
function killGroup(child) {
    if (!OWN_GROUP || child.pid === undefined)
        return false;
    try {
        process.kill(-child.pid, 'SIGKILL');
        return true;
    }
    catch {
        return false;
    }
}
/** Spawns the browser now; resolves once puppeteer-core is loaded and connected to it. */
export function launchBrowser(executable, profile, extra, onSpawn) {
    // Its own process group (detached, on POSIX only: on Windows that would give it a console), still a child of
    // this process: it ends with its DevTools pipe when this process dies, and Ctrl+C ends it through print.ts.
    const child = spawn(executable, browserArgs(profile, extra), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: OWN_GROUP });
    // A browser that ends (crashed, killed, refused to start) takes its helpers along: a zygote left behind would hold
    // its stderr open and keep this process waiting. The group's id stays unused while any of them lives.
    child.once('exit', () => killGroup(child));
    onSpawn?.(child);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    const failed = new Promise((_, reject) => {
        const fail = (failure) => reject(new BrowserStartError(executable, failure, stderr.trim()));
        child.once('error', (e) => fail({ kind: 'spawn', message: e.message }));
        child.once('exit', (code, signal) => fail(endOf(code, signal)));
        setTimeout(() => fail({ kind: 'timeout', seconds: START_TIMEOUT_MS / 1000 }), START_TIMEOUT_MS).unref();
    });
    failed.catch(() => undefined);
    // How the process ended, once its output is all read ('close' comes after 'exit' and the last stderr).
    const ended = new Promise((resolve) => {
        child.once('close', (code, signal) => resolve(endOf(code, signal)));
        child.once('error', (e) => resolve({ kind: 'spawn', message: e.message }));
    });
    const transport = pipeTransport(child.stdio[3], child.stdio[4]);
    const connected = (async () => {
        const connect = await cdpConnect();
        try {
            // The viewport puppeteer.launch() gives by default.
            return await connect(transport, { defaultViewport: { width: 800, height: 600 } });
        }
        catch (error) {
            // A browser that exits at once closes its pipe too, and puppeteer may see the closed pipe
            // ("Target closed") before this process sees the exit: say what the browser said, not that.
            const failure = await Promise.race([ended, new Promise((r) => { setTimeout(() => r(undefined), 2000).unref(); })]);
            if (failure !== undefined)
                throw new BrowserStartError(executable, failure, stderr.trim());
            throw error;
        }
    })();
    return Promise.race([connected, failed]).then((browser) => ({ browser, process: child }), (error) => {
        killBrowser(child);
        transport.close(); // a connect still waiting on the browser is told the pipe is gone (no 180 s wait)
        connected.then((b) => b.disconnect(), () => undefined).catch(() => undefined);
        throw error;
    });
}
