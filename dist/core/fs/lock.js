// An advisory lock beside a file, so two c21lab writers (two `set`, a `set`
// and the walkthrough, the room…) take turns: each one re-reads the file under
// the lock and applies its edit to the latest text, and both edits land.
//
// The lock is a file created with O_EXCL (`.NAME.lock.c21lab.tmp`) holding
// the writer's pid, machine and start time. A lock is stale, and is removed,
// when its process is gone (same machine) or when it is older than any write
// can take (another machine, or a pid reused). Removing a stale lock is itself
// guarded by a second O_EXCL file, so two waiters cannot both break it and
// then delete each other's fresh lock.
import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { WriteRefusedError } from '../errors.js';
import { processAlive } from './process-alive.js';
import { TEMP_SUFFIX, lockPathFor } from './temp-files.js';
/** A lock held longer than this is abandoned: a save takes milliseconds. */
const STALE_MS = 60_000;
/** The guard that breaks a stale lock lives for microseconds; older means its holder died. */
const GUARD_STALE_MS = 5_000;
const DEFAULT_TIMEOUT_MS = 15_000;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
async function readLock(path) {
    try {
        const [raw, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
        let parsed;
        try {
            const data = JSON.parse(raw);
            if (typeof data.pid === 'number' && typeof data.host === 'string')
                parsed = { pid: data.pid, host: data.host, time: String(data.time ?? '') };
        }
        catch {
            /* half-written or not ours: judged by its age */
        }
        return { info: parsed, raw, ageMs: Date.now() - info.mtimeMs };
    }
    catch {
        return undefined; // gone meanwhile
    }
}
function isStale(lock) {
    if (lock.ageMs > STALE_MS)
        return true;
    if (!lock.info)
        return lock.ageMs > GUARD_STALE_MS; // created but never filled: its writer died at once
    return lock.info.host === hostname() && !processAlive(lock.info.pid);
}
async function tryCreate(path, body) {
    try {
        const handle = await open(path, 'wx', 0o644);
        try {
            await handle.writeFile(body);
        }
        catch (error) {
            // A full disk: no lock left behind that would make the next run wait.
            await handle.close();
            await rm(path, { force: true });
            throw error;
        }
        await handle.close();
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
const guardPathFor = (lockPath) => lockPath.slice(0, -TEMP_SUFFIX.length) + `-break${TEMP_SUFFIX}`;
/**
 * Removes the guard a breaker killed mid-break left behind (its pid gone, or older than a break takes). Called by
 * the lock's new holder: a breaker still at work judges an older lock, which it no longer finds, so nothing is lost.
 */
async function removeDeadGuard(lockPath) {
    const guard = guardPathFor(lockPath);
    const [raw, info] = await Promise.all([readFile(guard, 'utf8'), stat(guard)]).catch(() => [undefined, undefined]);
    if (raw === undefined || info === undefined)
        return;
    const pid = Number(raw.trim());
    if (Date.now() - info.mtimeMs > GUARD_STALE_MS || (raw.trim() !== '' && !processAlive(pid)))
        await rm(guard, { force: true }).catch(() => undefined);
}
/** Removes a stale lock only if it is still the very lock judged stale. */
async function breakStale(lockPath, raw) {
    const guard = guardPathFor(lockPath);
    if (!(await tryCreate(guard, String(process.pid)))) {
        const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > GUARD_STALE_MS)
            await rm(guard, { force: true });
        return;
    }
    try {
        const again = await readLock(lockPath);
        if (again && again.raw === raw && isStale(again))
            await rm(lockPath, { force: true });
    }
    finally {
        await rm(guard, { force: true });
    }
}
/**
 * Runs `work` while holding the lock of `target` (a real path, links already
 * resolved, so every name of one file shares one lock).
 */
export async function withFileLock(target, work, options = {}) {
    const lockPath = lockPathFor(target);
    const body = JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString() }) + '\n';
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let wait = 2;
    for (;;) {
        let created;
        try {
            created = await tryCreate(lockPath, body);
        }
        catch (error) {
            // EACCES, EROFS, ENOSPC…: name the file the person asked for.
            throw Object.assign(error, { path: options.shown ?? target });
        }
        if (created)
            break;
        const held = await readLock(lockPath);
        if (held && isStale(held)) {
            await breakStale(lockPath, held.raw).catch((error) => {
                throw Object.assign(error, { path: options.shown ?? target });
            });
            continue;
        }
        if (Date.now() > deadline) {
            throw new WriteRefusedError(options.shown ?? target, 'locked', {
                lock: lockPath,
                pid: held?.info?.pid ?? '?',
                host: held?.info?.host ?? '?',
                since: held?.info?.time ?? '?',
            });
        }
        await sleep(wait + Math.random() * wait);
        wait = Math.min(wait * 2, 50);
    }
    await removeDeadGuard(lockPath);
    try {
        return await work();
    }
    finally {
        await rm(lockPath, { force: true }).catch(() => undefined); // a lock left behind is stale once we exit
    }
}
