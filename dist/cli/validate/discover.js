// Which files `validate` reads: files named on the command line (checked
// whatever their content), and *.yaml / *.yml found in directories or by
// globs (checked only when they carry a `c21lab:` marker). node_modules and
// .git are never searched.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../../core/errors.js';
const IGNORE = ['**/node_modules/**', '**/.git/**'];
export async function discover(paths, cwd, t) {
    const found = new Map();
    const add = (path, explicit) => {
        const seen = found.get(path);
        if (!seen || (explicit && !seen.explicit))
            found.set(path, { path, explicit });
    };
    for (const p of paths) {
        const abs = resolve(cwd, p);
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
            const files = await glob('**/*.{yaml,yml}', { cwd: abs, absolute: true, ignore: IGNORE, dot: true, followSymbolicLinks: false });
            files.forEach((f) => add(resolve(f), false));
        }
        else if (info) {
            add(abs, true);
        }
        else if (isDynamicPattern(p)) {
            const files = await glob(p, { cwd, absolute: true, ignore: IGNORE, dot: true, onlyFiles: true });
            if (files.length === 0)
                throw new UsageError(t('noSuchPath', { path: p }));
            files.filter((f) => /\.ya?ml$/i.test(f)).forEach((f) => add(resolve(f), false));
        }
        else {
            throw new UsageError(t('noSuchPath', { path: p }));
        }
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
