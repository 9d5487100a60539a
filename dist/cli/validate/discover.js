// Which files `validate` reads: files named on the command line (checked
// whatever their content), and *.yaml / *.yml found in directories or by
// globs (checked only when they carry a `c21lab:` marker). node_modules and
// .git are never searched, nor linked folders (see walk.ts). Every entry
// named like YAML is listed, links, FIFOs and devices included, so that the
// safe reader refuses them with a finding rather than the scan skipping them.
// A folder named (or a glob's base) that leads, through a link, out of its
// repository is refused with one `link-outside` finding, as a named file
// would be, and never walked: `ln -s / assessments` cannot make CI list, or
// hang on, the runner's disk.
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../../core/errors.js';
import { globBase, globEntries, yamlUnder } from './walk.js';
import { RootFinder } from '../../core/validate/framework-ref.js';
import { isInside } from '../../core/fs/read-safe.js';
import { realPath } from '../../core/fs/real-path.js';
/** The repository `dir` is named in, when `dir` leads (through a link, its own or a parent's) out of it; else undefined. */
function outsideOf(dir, roots) {
    const root = roots.boundOf(dir);
    const where = realPath(dir);
    if (where === undefined)
        return undefined; // nothing there: nothing is walked
    const rootReal = realPath(root) ?? root;
    return isInside(where, rootReal) || isInside(where, root) ? undefined : root;
}
export async function discover(paths, cwd, t) {
    const found = new Map();
    const roots = new RootFinder(cwd);
    // Reached from a path typed relative: shown relative to the working directory, as typed (check.ts).
    let typed = false;
    const mark = (t) => (typed ? { ...t, typedRelative: true } : t);
    const refuse = (path, outside) => found.set(path, mark({ path, explicit: true, outside }));
    const listed = new Set(); // entries a scan listed as regular files (walk.ts)
    const add = (path, explicit) => {
        const seen = found.get(path);
        if (!seen || (explicit && !seen.explicit))
            found.set(path, mark(explicit ? { path, explicit } : { path, explicit, ...(listed.has(path) ? { listedAsFile: true } : {}) }));
    };
    for (const p of paths) {
        const abs = resolve(cwd, p);
        typed = !isAbsolute(p);
        let info;
        try {
            info = await stat(abs);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw new UsageError(t('unreadable', { path: p, reason: code ?? String(error) }));
        }
        if (info?.isDirectory()) {
            const outside = outsideOf(abs, roots);
            if (outside !== undefined)
                refuse(abs, outside);
            else
                yamlUnder(abs, listed).forEach((f) => add(f, false));
        }
        else if (info) {
            add(abs, true);
        }
        else if (isDynamicPattern(p)) {
            const pattern = p.startsWith('./') ? p.slice(2) : p;
            const base = globBase(pattern, cwd);
            const outside = outsideOf(base, roots);
            if (outside !== undefined) {
                refuse(base, outside);
                continue;
            }
            const files = globEntries(pattern, cwd, listed);
            if (files.length === 0)
                throw new UsageError(t('noSuchPath', { path: p }));
            files.filter((f) => /\.ya?ml$/i.test(f)).forEach((f) => add(f, false));
        }
        else {
            throw new UsageError(t('noSuchPath', { path: p }));
        }
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
