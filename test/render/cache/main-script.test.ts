// The program's own code cache (src/render/cache/main-script.ts): the binary
// runs dist/bundle/main.cjs through V8's cached code. Through real processes:
// a missing, warm, corrupt, foreign, stale or unwritable entry, or caching
// off, is silent and gives the same bytes (the radar is the golden file's,
// the report the ES module bundle's); a warm run loads none of the ES module
// bundle's chunks; a PDF (puppeteer-core, loaded by the script's import())
// works from a warm cache.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTags, SCRIPT_END, SCRIPT_START } from '../../../src/render/cache/main-script.js';
import { cacheKey, fileStamp } from '../../../src/render/cache/v8-code.js';
import { findBrowser } from '../../../src/render/pdf/browser.js';
import { BIN, ROOT, runNode, tempDir } from '../../helpers/cli.js';
import { madeOnce } from '../../helpers/made-once.js';
import { loadLog } from '../../helpers/load-log.js';
import { EX2024, EX2026 } from '../../helpers/radar.js';

const BROWSER = findBrowser({ env: process.env })?.path;
const GOLDEN = readFileSync(join(ROOT, 'test', 'golden', 'radar-exampleville.svg'));

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-main-script-')));
afterAll(() => cleanup());

/** `node ARGS` in the project, with HOME in this file's folder and nothing else of this process's environment but PATH. */
const node = (args: string[], env: Record<string, string>) => runNode(args, { env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'C', NO_COLOR: '1', ...env } });

let n = 0;
/** One radar through the binary; asserts a silent success with the golden bytes. */
async function radar(env: Record<string, string>): Promise<void> {
  const out = join(dir, `radar-${++n}.svg`);
  const r = await node([BIN, 'radar', EX2024, EX2026, '--benchmark', 'example-panel', '--lang', 'en', '-o', out], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(readFileSync(out).equals(GOLDEN), 'radar differs from the golden file').toBe(true);
}

const mains = (cache: string) => (existsSync(cache) ? readdirSync(cache).filter((f) => f.startsWith('main-') && f.endsWith('.v8')).sort() : []);
/**
 * A new cache folder holding the entry a radar writes into an empty one: written once per file by a
 * real radar run (asserted as every other), then copied for each test that starts from such an entry.
 */
const withRadarEntry = madeOnce(async () => {
  const written = join(dir, 'radar-entry');
  await radar({ C21LAB_CACHE_DIR: written });
  return written;
});
const cacheWithRadarEntry = (name: string) => withRadarEntry(join(dir, name));

const tagsOf = (file: string) => {
  const payload = readFileSync(file).subarray(32);
  return payload.subarray(0, payload.indexOf(0x0a)).toString('latin1');
};

describe('the code cache of the program (dist/bundle/main.cjs)', () => {
  it('is built, as plain ASCII', () => {
    const script = readFileSync(join(ROOT, 'dist', 'bundle', 'main.cjs'));
    expect(script.length).toBeGreaterThan(100_000);
    expect(script.every((b) => b < 0x80)).toBe(true);
    // With the loader's wrapper in the file, so V8 compiles the text as read (no second copy of it).
    expect(script.subarray(0, SCRIPT_START.length).toString('latin1')).toBe(SCRIPT_START);
    expect(script.subarray(script.length - SCRIPT_END.length).toString('latin1')).toBe(SCRIPT_END);
  });

  it('an unwrapped script (an older build) is wrapped by the loader and gives the same output', async () => {
    const built = readFileSync(join(ROOT, 'dist', 'bundle', 'main.cjs'), 'latin1');
    const older = join(ROOT, 'dist', 'bundle', `main-unwrapped-${process.pid}.cjs`);
    writeFileSync(older, built.slice(SCRIPT_START.length, built.length - SCRIPT_END.length), 'latin1');
    const args = ['score', EX2026, '--lang', 'en'];
    const loader = pathToFileURL(join(ROOT, 'dist', 'render', 'cache', 'main-script.js')).href;
    const code = `const main = (await import(${JSON.stringify(loader)})).cachedMain([], process.env, ${JSON.stringify(older)});
      process.exitCode = main ? await main(${JSON.stringify(args)}) : 99;`;
    try {
      const env = { C21LAB_CACHE_DIR: join(dir, 'unwrapped') };
      const viaOlder = await node(['--input-type=module', '-e', code], env);
      const viaBinary = await node([BIN, ...args], env);
      expect(viaOlder.code).toBe(0);
      expect(viaOlder.stdout).toBe(viaBinary.stdout);
      expect(viaOlder.stdout).toContain('Exampleville');
    } finally {
      rmSync(older, { force: true });
    }
  });

  it('is written by the first run, used as is after, and a corrupt, foreign or stale entry is replaced; always silent, same bytes', async () => {
    const cache = join(dir, 'cache');
    const env = { C21LAB_CACHE_DIR: cache };
    await radar(env); // missing: the folder does not exist yet
    const [entry] = mains(cache);
    expect(entry).toMatch(/^main-[0-9a-f]{32}\.v8$/);
    const file = join(cache, entry as string);
    const first = readFileSync(file);
    expect(createHash('sha256').update(first.subarray(32)).digest().equals(first.subarray(0, 32))).toBe(true);
    expect(tagsOf(file)).toBe('radar');

    const written = statSync(file).mtimeMs;
    await radar(env); // warm: accepted, not rewritten
    expect(statSync(file).mtimeMs).toBe(written);

    writeFileSync(file, first.subarray(0, 5000)); // truncated
    await radar(env);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    const junk = Buffer.concat([Buffer.from('radar\n'), Buffer.alloc(300_000, 5)]); // checksummed, but not V8's
    writeFileSync(file, Buffer.concat([createHash('sha256').update(junk).digest(), junk]));
    await radar(env);
    expect(readFileSync(file).subarray(32).equals(junk)).toBe(false);

    const stale = join(cache, 'main-00000000000000000000000000000000.v8');
    writeFileSync(stale, readFileSync(file));
    writeFileSync(file, 'x');
    await radar(env);
    expect(mains(cache)).toEqual([entry]);
  });

  it('a report after a radar writes the entry again, once, with its code; the report is the ES module bundle\'s, byte for byte', async () => {
    const report = async (env: Record<string, string>) => {
      const out = join(dir, `report-${++n}.html`);
      const r = await node([BIN, 'report', EX2026, '--compare', EX2024, '--benchmark', 'example-panel', '--lang', 'fr', '-o', out], env);
      expect(r.stderr).toBe(`${out} écrit\n`); // the French confirmation, and nothing else
      expect(r.code).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const plain = await report({ C21LAB_CACHE_DIR: 'off' }); // caching off: the ES module bundle
    const cache = await cacheWithRadarEntry('by-command');
    const file = join(cache, mains(cache)[0] as string);
    expect(await report({ C21LAB_CACHE_DIR: cache })).toBe(plain);
    expect(tagsOf(file)).toBe('radar,report');
    const written = statSync(file).mtimeMs;
    expect(await report({ C21LAB_CACHE_DIR: cache })).toBe(plain);
    await radar({ C21LAB_CACHE_DIR: cache });
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('a warm run loads none of the ES module bundle (the script is what runs)', async () => {
    const cache = await cacheWithRadarEntry('which');
    const log = loadLog(dir);
    const r = await node([...log.nodeArgs, BIN, 'score', EX2026], { C21LAB_CACHE_DIR: cache });
    expect(r.code).toBe(0);
    const loaded = log.loaded();
    expect(loaded.some((u) => u.endsWith('/dist/render/cache/main-script.js'))).toBe(true);
    expect(loaded.filter((u) => u.includes('/dist/bundle/'))).toEqual([]);
  });

  it.skipIf(!BROWSER)('prints a PDF from a warm cache (the script\'s import() of puppeteer-core)', async () => {
    const cache = await cacheWithRadarEntry('pdf');
    const out = join(dir, 'warm.pdf');
    const r = await node([BIN, 'report', EX2026, '--lang', 'en', '-o', out], { C21LAB_CACHE_DIR: cache, C21LAB_BROWSER: BROWSER as string });
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('cannot be written (a file where its folder should be): silent, same bytes', async () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'not a folder');
    await radar({ C21LAB_CACHE_DIR: blocked });
    await radar({ XDG_CACHE_HOME: blocked });
    expect(readFileSync(blocked, 'utf8')).toBe('not a folder');
  });

  it('keys an entry by the file\'s size, mtime and inode when known, else by its bytes', async () => {
    const file = join(dir, 'script.js');
    writeFileSync(file, 'var a = 1;');
    const body = readFileSync(file);
    const stamp = fileStamp(file, body) as string;
    expect(stamp).toMatch(/^10:\d+:\d+:\d+$/);
    const key = (source: { body: Buffer; stamp?: string }) => cacheKey('t', { prefix: '(', suffix: ')', ...source }, ROOT, {});
    expect(key({ body, stamp })).toBe(key({ body, stamp }));
    await new Promise((r) => setTimeout(r, 5));
    writeFileSync(file, 'var a = 2;'); // same size, new mtime
    expect(fileStamp(file, body)).not.toBe(stamp);
    expect(key({ body, stamp: fileStamp(file, body) as string })).not.toBe(key({ body, stamp }));
    expect(fileStamp(file, Buffer.from('longer than the file'))).toBeUndefined(); // read and stat disagree
    expect(key({ body })).not.toBe(key({ body: Buffer.from('var a = 3;') }));
  });

  it('names its entry by the commands a run names, skipping options and the value of --lang', () => {
    expect(commandTags(['radar', 'a.yaml', '-o', 'x.svg'])).toEqual(['radar']);
    expect(commandTags(['--lang', 'fr', 'report', 'a.yaml'])).toEqual(['report']);
    expect(commandTags(['--verbose', 'review', 'new', 'a.yaml'])).toEqual(['review']);
    expect(commandTags(['validate', 'assessments'])).toEqual(['validate']);
    expect(commandTags(['Radar;x'])).toEqual([]);
  });
});
