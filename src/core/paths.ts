// Where the package's own files live, from either src/ (tests) or dist/ (built).
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const FRAMEWORKS_DIR = join(DATA_DIR, 'frameworks');

/**
 * The one rule for naming a file to the user: a path typed relative stays relative (`../x.yaml`, as typed,
 * tidied); an absolute one is shown relative when it lies inside `cwd`, else absolute.
 */
export function shownPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return relative(cwd, resolve(cwd, path)) || '.';
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
