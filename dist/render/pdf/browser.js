// Finding a Chromium-family browser (Chromium, Google Chrome, Microsoft Edge,
// Brave) to print PDFs with, on Linux, macOS and Windows: --browser PATH
// first, then C21LAB_BROWSER, then the usual commands on PATH, then the usual
// install locations. Nothing is downloaded: a report never touches the
// network, and a browser build fetched by an installer would not be one the
// user chose. The environment, platform and file test are passed in.
import { existsSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
export const BROWSER_ENV = 'C21LAB_BROWSER';
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable', 'msedge', 'brave-browser'];
function knownPaths(platform, env) {
    if (platform === 'darwin') {
        return [
            '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
            '/Applications/Chromium.app/Contents/MacOS/Chromium',
            '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
            '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
            ...(env.HOME ? [join(env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'), join(env.HOME, 'Applications/Chromium.app/Contents/MacOS/Chromium')] : []),
        ];
    }
    if (platform === 'win32') {
        const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r) => Boolean(r));
        return roots.flatMap((r) => [
            join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
            join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
            join(r, 'Chromium', 'Application', 'chrome.exe'),
            join(r, 'BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe'),
        ]);
    }
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge', '/snap/bin/chromium', '/opt/google/chrome/chrome'];
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
/** The browser to print with; null when none is found. A --browser or C21LAB_BROWSER that names nothing is returned as is (the caller says so). */
export function findBrowser(q) {
    const exists = q.exists ?? isFile;
    const platform = q.platform ?? process.platform;
    if (q.flag)
        return { path: q.flag, from: 'flag' };
    const fromEnv = q.env[BROWSER_ENV];
    if (fromEnv)
        return { path: fromEnv, from: 'env' };
    const exts = platform === 'win32' ? (q.env.PATHEXT ?? '.EXE').split(';').filter(Boolean) : [''];
    for (const dir of (q.env.PATH ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean)) {
        for (const name of COMMANDS) {
            for (const ext of exts) {
                const candidate = join(dir, name + ext.toLowerCase());
                if (exists(candidate))
                    return { path: candidate, from: 'path' };
            }
        }
    }
    for (const candidate of knownPaths(platform, q.env))
        if (exists(candidate))
            return { path: candidate, from: 'known' };
    return null;
}
/** True when a named browser path is a file we can start. */
export function browserExists(path) {
    return (isAbsolute(path) || path.includes('/') || path.includes('\\')) ? existsSync(path) && isFile(path) : false;
}
