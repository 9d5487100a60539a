// Node's module compile cache (src/render/cache/compile-cache.ts) through the
// real CLI: on a Node that has it (22.8+) the compiled modules land in the
// user's cache directory; a warm, corrupt, unwritable or disabled cache is
// silent and gives the golden radar's bytes. On Node 20, which has no such
// cache, nothing is written and the output is the same.
import nodeModule from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableModuleCompileCache } from '../../src/render/cache/compile-cache.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { EX2024, EX2026 } from './helpers.js';

const GOLDEN = readFileSync(join(ROOT, 'test', 'golden', 'radar-exampleville.svg'));
const HAS_CACHE = typeof (nodeModule as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-compile-cache-')));
afterAll(() => cleanup());

let n = 0;
async function radar(env: Record<string, string>): Promise<void> {
  const out = join(dir, `radar-${++n}.svg`);
  const r = await runCli(['radar', EX2024, EX2026, '--benchmark', 'example-panel', '--lang', 'en', '-o', out], { env, binary: true });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(readFileSync(out).equals(GOLDEN), 'radar differs from the golden file').toBe(true);
}

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((f) => join(folder, f)).filter((f) => statSync(f).isFile());
}

describe("node's module compile cache", () => {
  it(HAS_CACHE ? 'is written under the cache directory, used when warm, and corrupt entries are ignored' : 'is absent on this Node: nothing is written, same output', async () => {
    const own = join(dir, 'own');
    await radar({ C21LAB_CACHE_DIR: own });
    const compiled = filesUnder(join(own, 'node-compile'));
    if (!HAS_CACHE) {
      expect(compiled).toEqual([]);
      return;
    }
    expect(compiled.length).toBeGreaterThan(10); // c21lab's modules, commander, js-yaml…
    await radar({ C21LAB_CACHE_DIR: own }); // warm
    for (const file of compiled) writeFileSync(file, Buffer.alloc(64, 9)); // corrupt every entry
    await radar({ C21LAB_CACHE_DIR: own });
    await radar({ C21LAB_CACHE_DIR: own, NODE_DISABLE_COMPILE_CACHE: '1' });
  });

  it('cannot be written (a file where its folder should be): silent, same output', async () => {
    const own = join(dir, 'blocked');
    mkdirSync(own);
    writeFileSync(join(own, 'node-compile'), 'not a folder');
    await radar({ C21LAB_CACHE_DIR: own });
    expect(readFileSync(join(own, 'node-compile'), 'utf8')).toBe('not a folder');
  });

  it('is off with C21LAB_CACHE_DIR=off', () => {
    expect(enableModuleCompileCache({ C21LAB_CACHE_DIR: 'off' })).toBe(false);
    expect(enableModuleCompileCache({ C21LAB_CACHE_DIR: '' })).toBe(false);
  });
});
