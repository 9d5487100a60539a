// Node's own on-disk cache of compiled modules (`module.enableCompileCache`,
// Node 22.8+): a command loads some 50 of c21lab's modules plus commander,
// js-yaml and ajv's output, and compiling them is a fair share of a short
// run. Node keys each entry by its own version and V8 flags and checks every
// entry against the module's source, so a stale or corrupt entry is simply
// recompiled; the output never depends on it. On a Node without it (20.x),
// with caching off (C21LAB_CACHE_DIR=off or empty, or NODE_DISABLE_COMPILE_CACHE),
// or with a cache directory that cannot be written, nothing happens.
import nodeModule from 'node:module';
import { join } from 'node:path';
import { userCacheDir, type Env } from './dir.js';

type Enable = (dir?: string) => { status: number; directory?: string; message?: string };

/** Turns Node's module compile cache on in the user's cache directory, when this Node has one; says whether it did. */
export function enableModuleCompileCache(env: Env = process.env): boolean {
  const enable = (nodeModule as unknown as { enableCompileCache?: Enable }).enableCompileCache;
  if (typeof enable !== 'function') return false;
  const dir = userCacheDir(env);
  if (dir === undefined) return false;
  try {
    const { status } = enable(join(dir, 'node-compile'));
    const codes = (nodeModule as unknown as { constants?: { compileCacheStatus?: Record<string, number> } }).constants?.compileCacheStatus;
    return status === codes?.ENABLED || status === codes?.ALREADY_ENABLED;
  } catch {
    // A cache that cannot be set up is no cache: the run goes on uncached.
    return false;
  }
}
