// Writing an edited file: always under the file's advisory lock and through
// the atomic write (temp file, fsync, rename), so a kill -9 or a power cut
// leaves the old file or the new one, and two writers take turns.
//
// updateDocument is the way to change a file a person may also be editing:
// under the lock it reads the latest text and applies the edit to *that*, so
// concurrent edits all land; if the file changes again between that read and
// the rename, it reads and applies again rather than overwrite blindly.
import { readFile, stat } from 'node:fs/promises';
import { WriteRefusedError } from '../errors.js';
import { atomicWrite, stampOf, writeTarget } from '../fs/atomic-write.js';
import { withFileLock } from '../fs/lock.js';
/** How many times a file that keeps changing under us is read again before we give up. */
const MAX_ATTEMPTS = 5;
async function readWithStamp(target, shown) {
    try {
        const before = await stat(target);
        // A pipe or a device would block the read or never hold YAML: refused, not read.
        if (!before.isFile())
            throw new WriteRefusedError(shown, 'notRegular');
        const text = await readFile(target, 'utf8');
        return { text, stamp: stampOf(before) };
    }
    catch (error) {
        if (error instanceof WriteRefusedError)
            throw error;
        const e = error;
        if (e.code === 'ENOENT')
            return { text: '', stamp: null };
        throw Object.assign(e, { path: shown });
    }
}
async function resolved(path, shown) {
    try {
        return await writeTarget(path);
    }
    catch (error) {
        throw Object.assign(error, { path: shown });
    }
}
/** Writes `text` to `path` under its lock (the whole file: use updateDocument to edit one). */
export async function saveDocument(path, text, options = {}) {
    const shown = options.shown ?? path;
    const target = await resolved(path, shown);
    await withFileLock(target, async () => {
        let expect;
        if (options.basedOn !== undefined) {
            const current = await readWithStamp(target, shown);
            if (current.text !== options.basedOn)
                throw new WriteRefusedError(shown, 'changed');
            expect = current.stamp;
        }
        await atomicWrite(path, text, { shown, mode: options.mode, expect });
    }, { shown, timeoutMs: options.lockTimeoutMs });
}
/**
 * Applies `edit` to the latest text of `path` under its lock and writes the
 * result; returns the text now on disk. `edit` may throw to refuse (a file a
 * person broke meanwhile): then nothing is written. A missing file is ''.
 */
export async function updateDocument(path, edit, options = {}) {
    const shown = options.shown ?? path;
    const target = await resolved(path, shown);
    return withFileLock(target, async () => {
        for (let attempt = 1;; attempt++) {
            const { text, stamp } = await readWithStamp(target, shown);
            const next = edit(text);
            if (next === text)
                return text;
            try {
                await atomicWrite(path, next, { shown, mode: options.mode, expect: stamp });
                return next;
            }
            catch (error) {
                if (!(error instanceof WriteRefusedError && error.reason === 'changed') || attempt >= MAX_ATTEMPTS)
                    throw error;
            }
        }
    }, { shown, timeoutMs: options.lockTimeoutMs });
}
