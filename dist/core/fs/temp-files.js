// The names of the files c21lab keeps beside a file while it writes it, and
// how a leftover one is recognised. All of them end in `.c21lab.tmp`, so one
// `.gitignore` line (`*.c21lab.tmp`) hides them all:
//
//   .NAME.<host>-<pid>-<random>.c21lab.tmp   the new text, renamed over NAME
//   .NAME.lock.c21lab.tmp                    the advisory lock (see lock.ts)
//
// <host> is a short hash of the machine's name and <pid> the writer's process
// id, so a later run can tell a temp file left by a crash (same machine,
// process gone) from one a live writer is still filling.
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './process-alive.js';
export const TEMP_SUFFIX = '.c21lab.tmp';
/** Leftovers from another machine (a shared folder) are only cleaned when they are this old. */
const FOREIGN_STALE_MS = 60 * 60 * 1000;
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
export function tempPathFor(target) {
    return join(dirname(target), `.${basename(target)}.${HOST_TAG}-${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}
export function lockPathFor(target) {
    return join(dirname(target), `.${basename(target)}.lock${TEMP_SUFFIX}`);
}
const OURS = /^\.(.+)\.([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.c21lab\.tmp$/;
/** The name earlier versions used, without host or pid. */
const LEGACY = /^\.(.+)\.[0-9a-f]{12}\.c21lab\.tmp$/;
/** Whether a temp file's writer is surely gone; undefined when the name is not a temp file of `target`. */
export function isStaleTemp(name, target, ageMs) {
    const ours = OURS.exec(name);
    if (ours) {
        if (ours[1] !== basename(target))
            return undefined;
        if (ours[2] === HOST_TAG)
            return Number(ours[3]) !== process.pid && !processAlive(Number(ours[3]));
        return ageMs > FOREIGN_STALE_MS;
    }
    // Versions before 0.2 named temp files without host or pid; none of them runs beside this one.
    const legacy = LEGACY.exec(name);
    if (legacy && legacy[1] === basename(target))
        return true;
    return undefined;
}
/**
 * Removes the temp files a crashed writer left beside `target` and returns
 * their names. Best effort: a folder that cannot be listed is no error.
 */
export async function removeStaleTemps(target, now = Date.now()) {
    const dir = dirname(target);
    const prefix = `.${basename(target)}.`;
    let names;
    try {
        names = (await readdir(dir)).filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX));
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        const path = join(dir, name);
        const info = await stat(path).catch(() => undefined);
        if (!info?.isFile())
            continue;
        if (isStaleTemp(name, target, now - info.mtimeMs) !== true)
            continue;
        await rm(path, { force: true }).then(() => removed.push(name), () => undefined);
    }
    return removed;
}
