// main() from dist/bundle/main.cjs (src/gen/script-bundle.ts): the whole
// program as one classic script, compiled through the V8 code cache
// (./v8-code.ts), because Node 20 keeps no compiled code for ES modules and
// recompiling ours (and the packages' YAML, validators, templates) was the
// largest share of a `radar` or `report` beyond the vega floor.
// Never required, like every cache: with caching off, without the script,
// or when anything here throws, the caller runs the ES module bundle, which gives the same
// output byte for byte (test/render/cache/main-script.test.ts).
// A missing entry costs one slower start (the whole script is compiled);
// the entry is written when the run's work is done, with every function the
// run compiled, and again, once, by a run of a command it lacks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCached, fileStamp } from './v8-code.js';
import { userCacheDir, type Env } from './dir.js';

export type Main = (argv: string[]) => Promise<number>;

const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../bundle/main.cjs', import.meta.url));
/** What `import.meta.url` is in the script: the ES module bundle's entry, in the same folder. */
const META_URL = new URL('../../bundle/main.js', import.meta.url).href;
/**
 * The wrapper's parameters; the last two are the identifiers src/gen/script-bundle.ts defines `import.meta.url`
 * and `import()` as. The build writes the wrapper into main.cjs itself (SCRIPT_START … SCRIPT_END), so the
 * 3 MB text is compiled as read: wrapped here, V8 would copy it into a second string, which costs a `report`
 * memory and garbage collection. A script without it (an older build) is wrapped here as before.
 */
export const SCRIPT_START = '(function (exports, require, module, __filename, __dirname, __c21lab_import_meta_url, __c21lab_import) {';
export const SCRIPT_END = '\n})';
/** The script's import() of a package (vega, puppeteer-core), from here: a cached vm.Script has no dynamic-import callback. */
const importPackage = (specifier: string): Promise<unknown> => import(specifier);

/**
 * The command a run names, as the tag of its cache entry: the first word that is not an option. Only that
 * one: later words are a subcommand or a user's folder name (`validate assessments`), and each new tag
 * rewrites the whole entry.
 */
export function commandTags(argv: readonly string[]): string[] {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') i++;
    else if (/^[a-z][a-z-]{0,30}$/.test(arg)) return [arg];
    else if (!arg.startsWith('-')) break;
  }
  return [];
}

/** The hex digest the build wrote beside the script; undefined when absent or malformed (the bytes are hashed instead). */
function readSidecar(path: string): string | undefined {
  try {
    const text = readFileSync(path, 'latin1').trim();
    return /^[0-9a-f]{64}$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** main() of the cached script, or undefined when the ES module bundle should run instead. */
export function cachedMain(argv: readonly string[], env: Env = process.env, script = SCRIPT): Main | undefined {
  if (userCacheDir(env) === undefined) return undefined;
  try {
    const body = readFileSync(script);
    // The build's hash of the script (script-bundle.ts) beside the file's identity: a rebuild of the same size
    // and time (a tarball's fixed mtimes, a reused inode) still changes the key, so V8 never runs old code for new source.
    const built = readSidecar(`${script}.sha256`);
    const file = fileStamp(script, body);
    const stamp = built !== undefined && file !== undefined ? `${built}:${file}` : undefined;
    const wrapped = body.subarray(0, SCRIPT_START.length).toString('latin1') === SCRIPT_START;
    const cached = compileCached('main', script, { prefix: wrapped ? '' : SCRIPT_START, body, suffix: wrapped ? '' : SCRIPT_END, ...(stamp ? { stamp } : {}) }, PACKAGE_ROOT, env);
    const factory = cached.run() as (...args: unknown[]) => void;
    const module = { exports: {} as { main?: unknown } };
    factory.call(module.exports, module.exports, createRequire(script), module, script, dirname(script), META_URL, importPackage);
    const main = module.exports.main;
    if (typeof main !== 'function') return undefined;
    // After the run's work (and its output), so the entry holds the code this command compiled.
    process.once('beforeExit', () => cached.save(commandTags(argv)));
    return main as Main;
  } catch {
    return undefined;
  }
}
