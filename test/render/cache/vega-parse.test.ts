// The disk cache of vega.parse() (src/render/cache/vega-parse.ts): a chart
// drawn from a kept parse is the same bytes as one parsed afresh, a missing,
// altered or foreign entry is parsed again (and rewritten), caching off
// writes nothing, and the folder keeps at most MAX_ENTRIES.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Spec } from 'vega';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, readParsed, writeParsed } from '../../../src/render/cache/vega-parse.js';
import { loadVegaBundle, renderSvg, specShape, type Vega } from '../../../src/render/vega.js';
import { tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-vega-parse-')));
afterAll(() => cleanup());
const before = process.env.C21LAB_CACHE_DIR;
afterEach(() => {
  if (before === undefined) delete process.env.C21LAB_CACHE_DIR;
  else process.env.C21LAB_CACHE_DIR = before;
});

const spec = (n: number, label = 'x'): Spec => ({
  width: 120, height: 60, autosize: 'none', padding: 0,
  data: [{ name: 'rows', values: Array.from({ length: n }, (_, i) => ({ x: i, label: `${label}${i}` })) }],
  scales: [{ name: 'x', type: 'linear', domain: { data: 'rows', field: 'x' }, range: 'width' }],
  axes: [{ orient: 'bottom', scale: 'x' }],
  marks: [{ type: 'text', from: { data: 'rows' }, encode: { enter: { x: { scale: 'x', field: 'x' }, y: { value: 20 }, text: { field: 'label' } } } }],
});

/** Draws the specs as a new process would: a new vega instance (so nothing kept in memory), the cache on disk as it is. */
async function draw(specs: Spec[]): Promise<string[]> {
  const vega = loadVegaBundle() as Vega;
  const out = [];
  for (const s of specs) {
    vega.resetSVGDefIds();
    out.push(await renderSvg(vega, structuredClone(s)));
  }
  return out;
}

const entries = (cache: string) => readdirSync(cache).filter((f) => f.startsWith('vega-parse-') && f.endsWith('.json'));

describe('the cache of vega.parse()', () => {
  it('draws the same bytes from a kept parse as from a fresh one, and parses again past a missing or altered entry', async () => {
    const cache = join(dir, 'cache');
    const specs = [spec(3), spec(5, 'y'), spec(2)];
    process.env.C21LAB_CACHE_DIR = 'off';
    const fresh = await draw(specs);
    expect(new Set(fresh).size).toBe(3);
    process.env.C21LAB_CACHE_DIR = cache;
    expect(await draw(specs)).toEqual(fresh); // writes the entry
    expect(entries(cache)).toHaveLength(1);
    expect(await draw(specs)).toEqual(fresh); // reads it
    const file = join(cache, entries(cache)[0] as string);
    const text = readFileSync(file, 'utf8');
    // Altered: the checksum no longer matches, so it is parsed again and rewritten.
    writeFileSync(file, text.replace('"operators"', '"operatorz"'));
    expect(await draw(specs)).toEqual(fresh);
    expect(readFileSync(file, 'utf8')).toBe(text);
    writeFileSync(file, text.slice(0, 100));
    expect(await draw(specs)).toEqual(fresh);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('keys an entry by the key of the vega that parsed it (c21lab\'s version and the bundled file\'s stamp) and the whole shape, writes nothing when caching is off, and keeps at most MAX_ENTRIES', () => {
    const cache = join(dir, 'keys');
    const env = { C21LAB_CACHE_DIR: cache };
    const shape = specShape(spec(1)) as string;
    writeParsed('6.4.0', shape, { operators: [{ id: 0 }] }, env);
    expect(readParsed('6.4.0', shape, env)).toEqual({ operators: [{ id: 0 }] });
    expect(readParsed('6.5.0', shape, env)).toBeUndefined();
    expect(readParsed('0.1.0:6.4.0:1234:5678', shape, env)).toBeUndefined();
    expect(readParsed('6.4.0', specShape({ ...spec(1), width: 121 }) as string, env)).toBeUndefined();
    writeParsed('6.4.0', 'other', { operators: [] }, { C21LAB_CACHE_DIR: 'off' });
    // What JSON would not give back as it was, or what is too large to be read back, is not kept (nor left behind).
    const tooLarge = { operators: [{ text: 'x'.repeat(4 * 1024 * 1024) }] };
    for (const odd of [{ operators: [{ max: Infinity }] }, { operators: [{ min: NaN }] }, { operators: [{ f: () => 1 }] }, { operators: [{ list: [1, undefined] }] }, tooLarge]) {
      writeParsed('6.4.0', 'odd', odd, env);
      expect(readParsed('6.4.0', 'odd', env)).toBeUndefined();
      expect(entries(cache)).toHaveLength(1);
    }
    expect(readParsed('6.4.0', 'other', env)).toBeUndefined();
    mkdirSync(cache, { recursive: true });
    for (let i = 0; i < MAX_ENTRIES + 5; i++) writeParsed('6.4.0', `shape ${i}`, { operators: [] }, env);
    expect(entries(cache)).toHaveLength(MAX_ENTRIES);
    expect(readParsed('6.4.0', `shape ${MAX_ENTRIES + 4}`, env)).toEqual({ operators: [] });
  });

  it('passes over a FIFO in an entry\'s place (never blocks on it) and writes nothing into a read-only folder, silently', () => {
    const cache = join(dir, 'odd-places');
    const env = { C21LAB_CACHE_DIR: cache };
    const shape = specShape(spec(2)) as string;
    writeParsed('6.4.0', shape, { operators: [{ id: 1 }] }, env);
    const [name] = entries(cache);
    rmSync(join(cache, name as string));
    execFileSync('mkfifo', [join(cache, name as string)]);
    // A read of the FIFO would wait for a writer for ever; the test's timeout would end it.
    expect(readParsed('6.4.0', shape, env)).toBeUndefined();
    rmSync(join(cache, name as string));
    const locked = join(dir, 'read-only');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      expect(() => writeParsed('6.4.0', shape, { operators: [] }, { C21LAB_CACHE_DIR: locked })).not.toThrow();
      // root writes into a 555 folder all the same; everyone else gets nothing written, and no error.
      if (process.getuid?.() !== 0) expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('removes the temp files that writers killed before their rename left, never a live writer\'s', async () => {
    const cache = join(dir, 'leftovers');
    mkdirSync(cache, { recursive: true });
    // A process that ran and ended: its pid is free (or, rarely, reused: then its temp file stays an hour).
    const ended = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => ended.on('exit', done));
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const dead = join(cache, `vega-parse-aaaa.json.${ended.pid}.tmp`);
      const live = join(cache, `vega-parse-bbbb.json.${sleeper.pid}.tmp`);
      const old = join(cache, `vega-parse-cccc.json.${sleeper.pid}.tmp`);
      const foreign = join(cache, `notes.json.${ended.pid}.tmp`);
      for (const f of [dead, live, old, foreign]) writeFileSync(f, 'half an entry');
      utimesSync(old, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
      writeParsed('6.4.0', 'a shape', { operators: [] }, { C21LAB_CACHE_DIR: cache });
      expect([dead, live, old, foreign].map((f) => existsSync(f))).toEqual([false, true, false, true]);
      expect(entries(cache)).toHaveLength(1);
    } finally {
      sleeper.kill();
    }
  });
});
