// What node loads in a spawned process: an ES module load hook (registered
// with --import) appends every file URL to a log file at once. Not on stderr:
// on Node 22 and 24 hooks run on their own thread, whose writes a process may
// not flush before it exits, so a URL could be missing from the output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LoadLog {
  /** The node options that install the hook, to put before the script. */
  nodeArgs: string[];
  /** The file URLs loaded so far, in order. */
  loaded(): string[];
}

export function loadLog(dir: string): LoadLog {
  const log = join(dir, 'loaded.txt');
  const loader = join(dir, 'loader.mjs');
  const hook = join(dir, 'hook.mjs');
  writeFileSync(log, '');
  writeFileSync(loader, `import { appendFileSync } from 'node:fs';\nexport async function load(url, ctx, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, ctx); }\n`);
  writeFileSync(hook, `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(loader).href)});\n`);
  return { nodeArgs: ['--import', pathToFileURL(hook).href], loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}
