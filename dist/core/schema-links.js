// Repairs the `$schema` line of c21lab files whose schema cannot be found
// from where the file now is (a bundled example copied into a repository, a
// file moved to another folder, one written when the modeline pointed into a
// global install or npx's cache). Only that first line changes; the rest of
// the file is kept byte for byte.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { schemaModeline } from './yaml/modeline.js';
const MODELINE = /^(\uFEFF?)# yaml-language-server: \$schema=(\S+)[^\r\n]*(\r?\n)/;
const MARKER = /^c21lab:\s*["']?(assessment|framework|benchmark|practice)\/\d+/m;
/** The file kind its `c21lab:` marker names, if any. */
export function markedKind(text) {
    return MARKER.exec(text.slice(0, 8192))?.[1];
}
/** Whether a `$schema` reference written in `filePath` resolves to an existing local file. */
function resolves(reference, filePath) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference))
        return false; // a URL, or an absolute file: URI from another machine
    if (isAbsolute(reference))
        return false; // an absolute path only holds on the machine that wrote it
    return existsSync(resolve(dirname(filePath), reference));
}
/** Whether the reference leaves `root` or goes through node_modules: it works here, not in a fresh clone. */
function outsideRepository(reference, filePath, root) {
    const rel = relative(root, resolve(dirname(filePath), reference));
    return rel.startsWith('..') || isAbsolute(rel) || /(^|[\\/])node_modules[\\/]/.test(reference);
}
/**
 * The text with its modeline pointing at `kind`'s schema as c21lab would
 * write it now, when the current one does not resolve, or only resolves on
 * this machine (outside the repository `root`, or into node_modules);
 * undefined when there is nothing to repair (no modeline, or one that works).
 */
export function relinkedText(text, kind, filePath, root) {
    const m = MODELINE.exec(text);
    const reference = m?.[2];
    if (!m || (resolves(reference, filePath) && !outsideRepository(reference, filePath, root)))
        return undefined;
    const line = schemaModeline(kind, filePath);
    return `${m[1]}${line}${m[3]}${text.slice(m[0].length)}`;
}
