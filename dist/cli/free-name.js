// The file name c21lab chooses for a new file (init, practice new) when the
// user names none. A file already there under that name is never overwritten
// silently: if it holds the same thing (the same city and date, the same
// practice), that is a mistake the command reports; if it holds something
// else whose name gave the same slug, the new file gets the first free
// numbered name (…-2.yaml) and the command says why.
import { lstat, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { numberedName } from '../core/slug.js';
const exists = (path) => stat(path).then(() => true, () => false);
async function fields(path) {
    try {
        // Only a plain file of a sane size is read: a FIFO or a device would block, a huge file waste time.
        const info = await lstat(path);
        if (!info.isFile() || info.size > 1024 * 1024)
            return undefined;
        const doc = parse(await readFile(path, 'utf8'), { maxAliasCount: 0 });
        return doc && typeof doc === 'object' ? doc : undefined;
    }
    catch {
        return undefined; // unreadable or not YAML: certainly not the same thing
    }
}
/** `name` (relative to cwd) if free; else 'same' when `isSame` says the file there is this one; else the first free `-N` name. */
export async function freeName(cwd, name, isSame) {
    for (let n = 1;; n++) {
        const candidate = n === 1 ? name : numberedName(name, n);
        const path = resolve(cwd, candidate);
        if (!(await exists(path)))
            return n === 1 ? { kind: 'free', name } : { kind: 'free', name: candidate, taken: name };
        const existing = await fields(path);
        if (existing && isSame(existing))
            return { kind: 'same', name: candidate };
    }
}
