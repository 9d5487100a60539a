// Build step of `npm run compile`, after the ES module bundle (./bundle.ts):
// the same program once more as one classic script, dist/bundle/main.cjs,
// which bin/c21lab.js runs through a V8 code cache in the user's cache
// directory (src/render/cache/main-script.ts). Why: Node 20 keeps no
// compiled code for ES modules (module.enableCompileCache exists only from
// Node 22.1), so every `radar` or `report` compiled ~1 MB of our code and of
// the packages it loads (YAML, validators, templates, commander) anew, and
// resolved and linked some forty modules; from a code cache most of that is
// gone (side by side with the ES module bundle's build, both caches warm:
// radar 0.75x and report 0.84x of the CPU time; README, Speed).
// Why this shape:
// - CommonJS format in a function wrapper, which `vm.Script` compiles with
//   `cachedData` (node offers no code cache for module records);
// - `import.meta.url` is the URL of dist/bundle/main.js, so every
//   `new URL('../../…', import.meta.url)` points where it does in the ES
//   module bundle, and the worker is dist/bundle/worker.js as there;
// - packages are bundled, except those only reached by `import()` (vega,
//   vega-lite, puppeteer-core: the loader's own import() loads them) or by commands other than the renderers
//   (the room's server, Word, the terminal editor's encodings), which stay
//   external and are loaded by node as usual; an ES-module-only package must
//   be bundled (Node 20 cannot `require` it), which the build checks;
// - the text is plain ASCII (esbuild escapes strings; comments and regular
//   expressions are escaped here), so the loader can read it as Latin-1,
//   which is four times faster than decoding UTF-8;
// - its SHA-256 is written beside it (main.cjs.sha256) and keys the code
//   cache, so a rebuild never meets an entry compiled from other source;
// - the ES module bundle stays: it serves the worker, `C21LAB_CACHE_DIR=off`
//   and any failure of this script to load.
import { build, type Plugin } from 'esbuild';
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SCRIPT_END, SCRIPT_START } from '../render/cache/main-script.js';

const dist = fileURLToPath(new URL('../', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const outfile = `${dist}bundle/main.cjs`;

/** Left to node: dynamic imports, native code, build tools, and what only other commands use (CommonJS, so `require` works). */
export const EXTERNAL = [
  'vega', 'vega-lite', 'puppeteer-core', '@resvg/resvg-js', 'esbuild', 'fsevents', 'chokidar',
  'fastify', '@fastify/rate-limit', 'qrcode', 'docx', 'jszip', 'ajv/dist/2020.js', 'ajv/dist/standalone/index.js', 'ajv-formats', 'iconv-lite', 'chardet',
];

/** The identifier the script's wrapper passes for `import.meta.url` (see src/render/cache/main-script.ts). */
export const META_URL = '__c21lab_import_meta_url';
/** The identifier of the function the wrapper passes for the script's `import()` of externals. */
export const IMPORT = '__c21lab_import';

/** An external reached by an import statement (now a `require`) must load with `require` on Node 20: a CommonJS file, not an ES module. */
function requireable(name: string): boolean {
  if (isBuiltin(name)) return true;
  try {
    const file = createRequire(`${root}package.json`).resolve(name);
    if (file.endsWith('.cjs')) return true;
    if (file.endsWith('.mjs')) return false;
    const pkg = JSON.parse(readFileSync(`${root}node_modules/${packageName(name)}/package.json`, 'utf8')) as { type?: string };
    return pkg.type !== 'module';
  } catch {
    return false;
  }
}

const packageName = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** Every non-ASCII code unit as a \u escape: left in comments and regular expressions only, where it means the same. */
function asciiOnly(text: string): string {
  // `\é` (an identity escape) would turn into a backslash and `u00e9`: never seen, so refused rather than handled.
  if (/\\[\u0080-\uffff]/.test(text)) throw new Error('dist/bundle/main.cjs: a backslash before a non-ASCII character');
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** nunjucks' runtime-only build, which the report loads with createRequire, required so that esbuild puts it in the script. */
const slimInside: Plugin = {
  name: 'nunjucks-slim-inside',
  setup(b) {
    b.onLoad({ filter: /[\\/]render[\\/]report[\\/]nunjucks-slim\.js$/ }, () => ({
      contents: "export function loadNunjucksSlim() { return require('nunjucks/browser/nunjucks-slim.js'); }\n",
      loader: 'js',
      resolveDir: `${root}node_modules`,
    }));
  },
};

const result = await build({
  plugins: [slimInside],
  entryPoints: [`${dist}cli/main.js`],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.17',
  external: EXTERNAL,
  define: { 'import.meta.url': META_URL },
  charset: 'ascii',
  keepNames: true,
  legalComments: 'inline',
  logLevel: 'warning',
  metafile: true,
});
const refused: string[] = [];
for (const [file, input] of Object.entries(result.metafile.inputs)) {
  for (const i of input.imports) if (i.external && i.kind === 'import-statement' && !i.path.startsWith('<') && !requireable(i.path)) refused.push(`${file} -> ${i.path}`);
}
if (refused.length) throw new Error(`dist/bundle/main.cjs: these externals cannot be required on Node 20:\n${refused.join('\n')}`);
// The script's `import()` of an external goes through a function its loader passes in: V8 drops a
// vm.Script's dynamic-import callback when the script comes from a code cache (node 20 to 24).
const dynamic = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external && i.kind === 'dynamic-import'));
let calls = 0;
const text = asciiOnly(readFileSync(outfile, 'utf8')).replace(/\bimport\("/g, () => (calls++, `${IMPORT}("`));
if (calls !== dynamic.length) throw new Error(`dist/bundle/main.cjs: ${calls} import() calls rewritten, ${dynamic.length} expected`);
if (!isAscii(Buffer.from(text, 'latin1'))) throw new Error('dist/bundle/main.cjs is not ASCII');
// The loader's function wrapper is part of the file (see SCRIPT_START), so V8 compiles the text as read.
const script = `${SCRIPT_START}${text}${SCRIPT_END}`;
writeFileSync(outfile, script);
writeFileSync(`${outfile}.sha256`, `${createHash('sha256').update(script, 'latin1').digest('hex')}\n`);
