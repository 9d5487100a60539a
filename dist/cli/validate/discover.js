// Which files `validate` reads: files named on the command line (checked
// whatever their content), and *.yaml / *.yml found in directories or by
// globs (checked only when they carry a `c21lab:` marker). node_modules and
// .git are never searched, nor linked folders (see walk.ts). Every entry
// named like YAML is listed, links, FIFOs and devices included, so that the
// safe reader refuses them with a finding rather than the scan skipping them.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../../core/errors.js';
import { globEntries, yamlUnder } from './walk.js';
export async function discover(paths, cwd, t) {
    const found = new Map();
    const listed = new Set(); // entries a scan listed as regular files (walk.ts)
    const add = (path, explicit) => {
        const seen = found.get(path);
        if (!seen || (explicit && !seen.explicit))
            found.set(path, explicit ? { path, explicit } : { path, explicit, ...(listed.has(path) ? { listedAsFile: true } : {}) });
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
            yamlUnder(abs, listed).forEach((f) => add(f, false));
        }
        else if (info) {
            add(abs, true);
        }
        else if (isDynamicPattern(p)) {
            const files = globEntries(p.startsWith('./') ? p.slice(2) : p, cwd, listed);
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
