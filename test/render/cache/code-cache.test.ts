// The V8 code cache of vega's bundle (src/render/cache/) through the real
// CLI: it lives in the user's cache directory, is used when valid, and a
// missing, warm, corrupt, stale, unwritable or disabled cache is silent and
// gives byte-identical output. The radar is the golden file's, so "identical"
// also means "right".
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userCacheDir } from '../../../src/render/cache/dir.js';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';
import { madeOnce } from '../../helpers/made-once.js';
import { EX2024, EX2026 } from '../../helpers/radar.js';

const GOLDEN = readFileSync(join(ROOT, 'test', 'golden', 'radar-exampleville.svg'));

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-cache-')));
afterAll(() => cleanup());

let n = 0;
/** One radar with the given environment; asserts a silent success with the golden bytes. */
async function radar(env: Record<string, string>): Promise<void> {
  const out = join(dir, `radar-${++n}.svg`);
  // A real process: the cache is written when the process exits.
  const r = await runCli(['radar', EX2024, EX2026, '--benchmark', 'example-panel', '--lang', 'en', '-o', out], { env, binary: true });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(readFileSync(out).equals(GOLDEN), 'radar differs from the golden file').toBe(true);
}

// vega's entries; the program's own (main-*.v8) are test/render/cache/main-script.test.ts's.
const entries = (cache: string) => readdirSync(cache).filter((f) => f.startsWith('vega-') && f.endsWith('.v8')).sort();

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

describe('the code cache of vega', () => {
  it('is written on the first run under $XDG_CACHE_HOME/c21lab, then used as is; corrupt or stale entries are replaced', async () => {
    const xdg = join(dir, 'xdg');
    const cache = join(xdg, 'c21lab');
    const env = { XDG_CACHE_HOME: xdg };

    await radar(env); // missing: the folder does not even exist
    const [entry] = entries(cache);
    expect(entry).toMatch(/^vega-[0-9a-f]{32}\.v8$/);
    const file = join(cache, entry as string);
    const first = readFileSync(file);
    expect(first.length).toBeGreaterThan(100_000);
    // The entry carries the SHA-256 of its payload.
    expect(createHash('sha256').update(first.subarray(32)).digest().equals(first.subarray(0, 32))).toBe(true);

    // Warm: V8 accepts the entry, so it is not rewritten.
    const before = statSync(file).mtimeMs;
    await radar(env);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file).equals(first)).toBe(true);

    // Corrupt (truncated, then garbage): ignored and replaced by a valid entry.
    writeFileSync(file, first.subarray(0, 1000));
    await radar(env);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    writeFileSync(file, Buffer.alloc(first.length, 7));
    await radar(env);
    const again = readFileSync(file);
    expect(createHash('sha256').update(again.subarray(32)).digest().equals(again.subarray(0, 32))).toBe(true);

    // Checksummed but not V8's (a payload V8 refuses): rejected by V8, replaced.
    const junk = Buffer.alloc(200_000, 3);
    writeFileSync(file, Buffer.concat([createHash('sha256').update(junk).digest(), junk]));
    await radar(env);
    expect(readFileSync(file).subarray(32).equals(junk)).toBe(false);

    // Stale: an entry of another version is never read, and is removed when the current one is written.
    const stale = join(cache, 'vega-00000000000000000000000000000000.v8');
    writeFileSync(stale, readFileSync(file));
    writeFileSync(file, Buffer.alloc(10));
    await radar(env);
    expect(entries(cache)).toEqual([entry]);
  });

  it('an entry written by a radar is written again, once, by a report (which also draws the votes chart), with the same output', async () => {
    const own = await cacheWithRadarEntry('by-chart');
    const report = async (env: Record<string, string>, name: string) => {
      const out = join(dir, name);
      const r = await runCli(['report', EX2026, '--compare', EX2024, '--benchmark', 'example-panel', '--lang', 'en', '-o', out], { env, binary: true });
      expect(r.code).toBe(0);
      return readFileSync(out);
    };
    const [entry] = entries(own);
    const file = join(own, entry as string);
    // The payload names the charts whose code it holds, then V8's data.
    expect(readFileSync(file).subarray(32, 38).toString('latin1')).toBe('radar\n');
    const uncached = await report({ C21LAB_CACHE_DIR: 'off' }, 'report-uncached.html');
    expect(await report({ C21LAB_CACHE_DIR: own }, 'report-1.html')).toEqual(uncached);
    expect(readFileSync(file).subarray(32, 44).toString('latin1')).toBe('radar,votes\n');
    const written = statSync(file).mtimeMs;
    // Both kinds are held now: neither a report nor a radar rewrites it.
    expect(await report({ C21LAB_CACHE_DIR: own }, 'report-2.html')).toEqual(uncached);
    await radar({ C21LAB_CACHE_DIR: own });
    expect(statSync(file).mtimeMs).toBe(written);
    expect(entries(own)).toEqual([entry]);
  });

  it('a payload without its line of chart names, or with a malformed one, is no entry: replaced, silent', async () => {
    const own = await cacheWithRadarEntry('bad-tags');
    const [entry] = entries(own);
    const file = join(own, entry as string);
    const data = readFileSync(file).subarray(32 + 'radar\n'.length);
    for (const payload of [data, Buffer.concat([Buffer.from('Radar;votes\n'), data])]) {
      writeFileSync(file, Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
      await radar({ C21LAB_CACHE_DIR: own });
      expect(readFileSync(file).subarray(32, 38).toString('latin1')).toBe('radar\n');
    }
  });

  it('a FIFO or a folder in place of the entry is not read (no hang), and the run is silent', async () => {
    const own = await cacheWithRadarEntry('odd-entries');
    const [entry] = entries(own);
    const file = join(own, entry as string);
    rmSync(file);
    execFileSync('mkfifo', [file]);
    await radar({ C21LAB_CACHE_DIR: own });
    rmSync(file);
    mkdirSync(file);
    await radar({ C21LAB_CACHE_DIR: own });
  });

  it('cannot be written (a file where its folder should be): silent, same output', async () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'not a folder');
    await radar({ XDG_CACHE_HOME: blocked });
    await radar({ C21LAB_CACHE_DIR: join(blocked, 'c21lab') });
    expect(readFileSync(blocked, 'utf8')).toBe('not a folder');
  });

  it('is off with C21LAB_CACHE_DIR=off, and C21LAB_CACHE_DIR names its folder otherwise', async () => {
    const xdg = join(dir, 'xdg-off');
    mkdirSync(xdg);
    await radar({ XDG_CACHE_HOME: xdg, C21LAB_CACHE_DIR: 'off' });
    expect(readdirSync(xdg)).toEqual([]);
    const own = join(dir, 'own-cache');
    await radar({ C21LAB_CACHE_DIR: own });
    expect(entries(own)).toHaveLength(1);
  });
});

describe('userCacheDir', () => {
  it('follows each platform', () => {
    expect(userCacheDir({}, 'linux', '/home/a')).toBe('/home/a/.cache/c21lab');
    expect(userCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/c21lab');
    expect(userCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.cache/c21lab');
    expect(userCacheDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Caches/c21lab');
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a')).toMatch(/c21lab.Cache$/);
    expect(userCacheDir({ C21LAB_CACHE_DIR: '' }, 'linux', '/home/a')).toBeUndefined();
    expect(userCacheDir({}, 'linux', '')).toBeUndefined(); // no home known
  });
});
