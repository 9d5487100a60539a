// Where an assessment's `framework:` points, and whether it may be read.
// A bundled id (`culture21-actions`) names a file in the package's data; any
// other value is a path relative to the referring file, which must stay
// inside the repository (the nearest folder holding `.git`, else the working
// directory) or the bundled data: a submitted file must not make CI read
// /etc/passwd. Symbolic links are followed before the check.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { realPath } from '../fs/real-path.js';
import { DATA_DIR, FRAMEWORKS_DIR } from '../paths.js';
/** A framework or benchmark id: what `framework:` and `--benchmark` take instead of a path. */
export const ID = /^[a-z0-9][a-z0-9._-]*$/;
let bundled;
/** Ids of the frameworks shipped in data/frameworks. */
export function bundledFrameworkIds() {
    bundled ??= readdirSync(FRAMEWORKS_DIR)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -'.yaml'.length))
        .sort();
    return bundled;
}
/** An id rather than a path (an id never ends in .yaml/.yml). */
export function isBundledRef(ref) {
    return ID.test(ref) && !/\.ya?ml$/i.test(ref);
}
const bundledTargets = new Map();
/** A bundled id or a path relative to the referring file. */
export function resolveFrameworkTarget(ref, fromFile) {
    if (isBundledRef(ref)) {
        // The same few ids in every file of a run: each is looked up and joined once.
        let target = bundledTargets.get(ref);
        if (!target) {
            target = bundledFrameworkIds().includes(ref)
                ? { type: 'bundled', id: ref, path: join(FRAMEWORKS_DIR, `${ref}.yaml`) }
                : { type: 'unknown-id', id: ref };
            if (bundledTargets.size < 64)
                bundledTargets.set(ref, target);
        }
        return { ...target };
    }
    return { type: 'path', path: resolve(dirname(fromFile), ref) };
}
export function isInside(child, parent) {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
/** The repository a file belongs to: the nearest folder with `.git`, cached per folder. */
export class RootFinder {
    cwd;
    cache = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    gitTop(dir) {
        const cached = this.cache.get(dir);
        if (cached !== undefined)
            return cached;
        const parent = dirname(dir);
        const found = existsSync(join(dir, '.git')) ? dir : parent === dir ? null : this.gitTop(parent);
        this.cache.set(dir, found);
        return found;
    }
    rootOf(file) {
        return this.gitTop(dirname(resolve(this.cwd, file))) ?? this.cwd;
    }
    /**
     * The folder a file's real path must stay in when it is read (links may
     * not lead out of it): its repository, found from where the file is named
     * (not where links lead); outside git, the working directory when the file
     * is named inside it, else the file's own folder.
     */
    boundOf(file) {
        const abs = resolve(this.cwd, file);
        const top = this.gitTop(dirname(abs));
        if (top !== null)
            return top;
        return isInside(abs, this.cwd) ? this.cwd : dirname(abs);
    }
}
/** May `target` be read on behalf of `fromFile`? Both the written path and where links lead must stay inside. */
export function isAllowed(target, fromFile, roots) {
    const root = roots.rootOf(fromFile);
    const allowed = [root, realPath(root) ?? root, DATA_DIR, realPath(DATA_DIR) ?? DATA_DIR];
    const inside = (p) => allowed.some((a) => isInside(p, a));
    // A target with no real path (missing, a dangling link, a loop) is checked as written: nothing can be read
    // there, and the read that follows, through the safe reader and its own check, says which it is.
    return { ok: inside(target) && inside(realPath(target) ?? target), root };
}
