// Crash-safe file replacement: write a temp file beside the target, fsync it,
// rename it over the target, then fsync the directory so the rename itself is
// durable. A reader (or the next run after a power cut) sees the old file or
// the new one, never half of either.
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
export async function atomicWrite(path, data) {
    const dir = dirname(path);
    const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.c21lab.tmp`);
    const handle = await open(tmp, 'wx', 0o644).catch((error) => {
        throw Object.assign(error, { path }); // name the file the user asked for, not our temporary one
    });
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await rm(tmp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await rename(tmp, path);
    }
    catch (error) {
        await rm(tmp, { force: true });
        throw Object.assign(error, { path });
    }
    await syncDir(dir);
}
async function syncDir(dir) {
    // Directory fsync is what makes the rename survive a power cut on Linux;
    // some platforms refuse to open a directory, and there the rename is all we can do.
    try {
        const handle = await open(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        /* not supported here */
    }
}
