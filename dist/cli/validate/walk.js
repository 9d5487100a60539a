// Walking folders for `validate`'s directory and glob arguments. Unlike a
// glob library, which silently drops what is not a regular file, every entry
// named like YAML is listed, whatever it is (a link, a FIFO, a device), so the
// safe reader can refuse it with a finding instead of the run passing it by
// in silence. Linked folders are never entered (a link to / would otherwise
// walk the whole machine), nor node_modules and .git.
import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
const SKIPPED = new Set(['node_modules', '.git']);
const YAML_NAME = /\.ya?ml$/i;
function entries(dir) {
    try {
        return readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return []; // an unreadable folder holds nothing we could check
    }
}
/** Every non-folder entry under `dir` (not entering linked folders), to `maxDepth` levels; regular files (not links) also in `files`. */
function walk(dir, accept, out, depth, maxDepth, files) {
    for (const entry of entries(dir)) {
        const abs = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED.has(entry.name) && depth < maxDepth)
                walk(abs, accept, out, depth + 1, maxDepth, files);
        }
        else if (accept(abs)) {
            out.push(abs);
            if (entry.isFile())
                files?.add(abs);
        }
    }
}
/** *.yaml and *.yml entries under a folder, at any depth; those listed as regular files (not links) also in `files`. */
export function yamlUnder(dir, files) {
    const out = [];
    walk(dir, (abs) => YAML_NAME.test(abs), out, 0, Infinity, files);
    return out;
}
const posix = (p) => p.split(sep).join('/');
/** The folder a glob's walk starts from: its fixed part, relative to `cwd` unless absolute. */
export function globBase(pattern, cwd) {
    return resolve(cwd, picomatch.scan(pattern).base || '.');
}
/** Entries matching a glob (picomatch syntax, dotfiles included), relative to `cwd` unless absolute; regular files also in `files`. */
export function globEntries(pattern, cwd, files) {
    const { glob } = picomatch.scan(pattern);
    const absolute = isAbsolute(pattern);
    const match = picomatch(pattern, { dot: true });
    const start = globBase(pattern, cwd);
    // Without `**`, a pattern reaches a fixed number of levels below its base.
    const maxDepth = glob.includes('**') ? Infinity : Math.max(0, glob.split('/').length - 1);
    const out = [];
    walk(start, (abs) => match(absolute ? posix(abs) : posix(relative(cwd, abs))), out, 0, maxDepth, files);
    return out;
}
