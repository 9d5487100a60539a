// Where the package's own files live, from either src/ (tests) or dist/ (built).
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative } from 'node:path';
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const FRAMEWORKS_DIR = join(DATA_DIR, 'frameworks');
/** How a file is named to the user: relative to `cwd` when it lies inside it, else absolute. */
export function shownPath(abs, cwd) {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
