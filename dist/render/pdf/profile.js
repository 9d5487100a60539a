// The browser's throw-away profile: made in the temporary directory for one
// run, removed after it with what the browser keeps outside it. A Chromium-family
// browser puts its single-instance socket in a directory of its own in the
// temporary directory (e.g. /tmp/org.chromium.Chromium.ab12Cd) and links it
// from the profile (SingletonSocket); it removes both only on an orderly
// shutdown, and print.ts ends the browser at once.
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { readdir, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
/** What the browser puts in its socket directory: only such a directory is removed. */
const SOCKET_FILES = new Set(['SingletonSocket', 'SingletonCookie']);
const RM = { recursive: true, force: true, maxRetries: 5, retryDelay: 50 };
export function makeProfile() {
    return mkdtempSync(join(tmpdir(), 'c21lab-pdf-'));
}
/** The socket directory the profile links to, when it holds nothing but the browser's socket files. */
function socketDir(link, entries) {
    if (!link || !isAbsolute(link))
        return undefined;
    const dir = dirname(link);
    if (basename(link) !== 'SingletonSocket' || dir === dirname(dir))
        return undefined;
    const names = entries(dir);
    return names && names.every((n) => SOCKET_FILES.has(n)) ? dir : undefined;
}
/**
 * Where the profile's SingletonSocket link points, read while the browser runs: ending it can interrupt its
 * own shutdown (which the closed DevTools pipe starts) after the link is gone but before the directory is.
 */
export function socketLinkOf(profile) {
    try {
        return readlinkSync(join(profile, 'SingletonSocket'));
    }
    catch {
        return undefined;
    }
}
/** Removes the profile and the browser's socket directory (`link`: read before the browser was ended), once the browser has ended. */
export async function removeProfile(profile, known) {
    const link = known ?? (await readlink(join(profile, 'SingletonSocket')).catch(() => undefined));
    const names = link ? await readdir(dirname(link)).catch(() => undefined) : undefined;
    const socket = socketDir(link, () => names);
    await Promise.all([rm(profile, RM), socket ? rm(socket, RM) : undefined].map((p) => p?.catch(() => undefined)));
}
/** The same, synchronously: on a signal, when the process ends next. */
export function removeProfileSync(profile) {
    const link = socketLinkOf(profile);
    const socket = socketDir(link, (dir) => {
        try {
            return readdirSync(dir);
        }
        catch {
            return undefined;
        }
    });
    for (const dir of socket ? [profile, socket] : [profile]) {
        try {
            rmSync(dir, RM);
        }
        catch {
            // Left behind only if the system refuses; the process is ending on a signal.
        }
    }
}
