// main() from dist/bundle/main.cjs (src/gen/script-bundle.ts): the whole
// program as one classic script, compiled through the V8 code cache
// (./v8-code.ts), because Node 20 keeps no compiled code for ES modules and
// recompiling ours (and the packages' YAML, validators, templates) was the
// largest share of a `radar` or `report` beyond the vega floor.
// Never required, like every cache: with caching off, without the script,
// or when anything here fails, the caller runs the ES module bundle, which gives the same
// output byte for byte (test/render/cache/main-script.test.ts).
// A missing entry costs one slower start (the whole script is compiled);
// the entry is written when the run's work is done, with every function the
// run compiled, and again, once, by a run of a command it lacks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCached, fileStamp } from './v8-code.js';
import { userCacheDir } from './dir.js';
const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../bundle/main.cjs', import.meta.url));
/** What `import.meta.url` is in the script: the ES module bundle's entry, in the same folder. */
const META_URL = new URL('../../bundle/main.js', import.meta.url).href;
/** The wrapper's parameters; the last is the identifier src/gen/script-bundle.ts defines `import.meta.url` as. */
const PREFIX = '(function (exports, require, module, __filename, __dirname, __c21lab_import_meta_url, __c21lab_import) {';
/** The script's import() of a package (vega, puppeteer-core), from here: a cached vm.Script has no dynamic-import callback. */
const importPackage = (specifier) => import(specifier);
/** The commands a run names, as tags of its cache entry (the first words that are not options). */
export function commandTags(argv) {
    const words = [];
    for (let i = 0; i < argv.length && words.length < 2; i++) {
        const arg = argv[i];
        if (arg === '--lang')
            i++;
        else if (/^[a-z][a-z-]{0,30}$/.test(arg))
            words.push(arg);
        else if (!arg.startsWith('-'))
            break;
    }
    return words;
}
/** main() of the cached script, or undefined when the ES module bundle should run instead. */
export function cachedMain(argv, env = process.env, script = SCRIPT) {
    if (userCacheDir(env) === undefined)
        return undefined;
    try {
        const body = readFileSync(script);
        const stamp = fileStamp(script, body);
        const cached = compileCached('main', script, { prefix: PREFIX, body, suffix: '\n})', ...(stamp ? { stamp } : {}) }, PACKAGE_ROOT, env);
        const factory = cached.run();
        const module = { exports: {} };
        factory.call(module.exports, module.exports, createRequire(script), module, script, dirname(script), META_URL, importPackage);
        const main = module.exports.main;
        if (typeof main !== 'function')
            return undefined;
        // After the run's work (and its output), so the entry holds the code this command compiled.
        process.once('beforeExit', () => cached.save(commandTags(argv)));
        return main;
    }
    catch {
        return undefined;
    }
}
