// The fast path of bin/c21lab.js (src/cli/fast.ts) prints `--version` and
// the help screens rendered at build time. These tests hold it to commander:
// the rendered texts must be what main() prints now (fresh), the real binary
// must print byte for byte what main() alone prints for every form it
// answers, and every doubtful case must be left to main().
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Fast from '../../src/cli/fast.js';
import type * as Render from '../../src/cli/help/render.js';
import { LANGS } from '../../src/core/types.js';
import { ROOT, runBin, runCli, type RunResult } from '../helpers/cli.js';

// The built modules, as the binary runs them: the rendered texts live beside dist/.
const DIST = join(ROOT, 'dist');
const built = <T>(path: string) => import(pathToFileURL(join(DIST, path)).href) as Promise<T>;
const { fastPath, fastRequest, helpFile } = await built<typeof Fast>('cli/fast.js');
const { renderHelpBook } = await built<typeof Render>('cli/help/render.js');
type FastIO = Fast.FastIO;


describe('rendered help screens', () => {
  it.each(LANGS)('dist/generated/help-%s.json is what main() prints now (run npm run compile if not)', async (lang) => {
    const onDisk = JSON.parse(readFileSync(fileURLToPath(helpFile(lang)), 'utf8')) as unknown;
    const book = await renderHelpBook(lang);
    expect(Object.keys(book).length).toBeGreaterThan(10);
    expect(onDisk).toEqual(book);
  });
});

describe('the binary answers help and --version as main() does', () => {
  const forms: Array<[string[], Record<string, string>?]> = [
    [['--version']],
    [['-V']],
    [['--help']],
    [['-h']],
    [['help']],
    [['validate', '--help']],
    [['help', 'validate']],
    [['--lang', 'fr', 'report', '-h']],
    [['report', '--help', '--lang=es']],
    [['--no-color', '--lang', 'es', '--help']],
    [['--help'], { LANG: 'fr_FR.UTF-8' }],
    [['help', 'score'], { LC_ALL: 'es_ES.UTF-8', LANG: 'fr_FR.UTF-8' }],
  ];
  // The binary (bin/c21lab.js, whose fast path answers these) against main() alone, called in this
  // process with the same arguments, environment and working directory (what commander prints),
  // in either mode of the suite: runCli in-process would be main() too, not the fast path.
  it.each(forms)('c21lab %j', async (args, env = {}) => {
    const [fast, slow] = await Promise.all([runBin(args, { env }), runCli(args, { env, binary: false })]);
    expect(slow.code).toBe(0);
    expect(slow.stdout.length).toBeGreaterThan(4);
    expect(fast).toEqual(slow);
    // And the fast path itself answered (not main() behind it): called alone, it prints the same text.
    const written: string[] = [];
    const io: FastIO = { stdout: { write: (s: string) => written.push(s) }, env };
    expect(fastPath(args, io)).toBe(0);
    expect(written.join('')).toBe(slow.stdout);
  });
});

describe('what the fast path leaves to main()', () => {
  it.each([
    [[]],
    [['--lang', 'de', '--help']],
    [['--lang', 'fr', '--lang', 'es', '--help']],
    [['validate', '--help', 'extra']],
    [['help', 'nosuchcommand']],
    [['nosuchcommand', '--help']],
    [['validate']],
    [['--version', '--help']],
    [['-h', 'validate']],
  ])('%j', (args) => {
    void fastRequest;
    const written: string[] = [];
    const io: FastIO = { stdout: { write: (s: string) => written.push(s) }, env: {} };
    expect(fastPath(args, io)).toBeUndefined();
    expect(written).toEqual([]);
  });

  it('a terminal of another width than 80, where commander wraps differently, or forced colours on a text that has them', () => {
    const written: string[] = [];
    const terminal = (columns: number): FastIO => ({ stdout: { isTTY: true, columns, write: (s: string) => written.push(s) }, env: {} });
    expect(fastPath(['validate', '--help'], terminal(80))).toBe(0);
    expect(written).toHaveLength(1);
    const book = JSON.parse(readFileSync(fileURLToPath(helpFile('en')), 'utf8')) as Record<string, { wraps: boolean }>;
    // A screen commander wrapped at 80 is only right at 80.
    expect(book.validate?.wraps).toBe(true);
    expect(fastPath(['validate', '--help'], terminal(120))).toBeUndefined();
    expect(fastPath(['validate', '--help'], terminal(60))).toBeUndefined();
    expect(written).toHaveLength(1);
  });
});

describe('what the fast path loads', () => {
  it('bin/c21lab.js reaches, before main(), no package and no command (built module graph, static imports)', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const queue = [join(ROOT, 'bin', 'c21lab.js')];
    while (queue.length) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      // Static imports only: main() is imported dynamically, after the fast path.
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s*|^import\s+)['"]([^'"]+)['"]/gm)) {
        const spec = m[1] as string;
        if (spec.startsWith('.')) queue.push(join(file, '..', spec));
        else bare.add(spec);
      }
    }
    const files = [...seen].map((f) => f.slice(ROOT.length));
    expect(files).toContain(join('dist', 'cli', 'fast.js'));
    expect(files.filter((f) => /main\.js$|specs|commands|i18n|commander/.test(f))).toEqual([]);
    expect([...bare].filter((b) => !b.startsWith('node:'))).toEqual([]);
  });

  it('--version and --help load no CommonJS package at run time (commander is one)', async () => {
    const probe = join(ROOT, 'test', 'cli', 'fixtures-loaded-cjs.cjs');
    for (const args of [['--version'], ['--help'], ['validate', '--help']]) {
      const r = await new Promise<RunResult>((resolve, reject) => {
        const child = spawn(process.execPath, ['--require', probe, join(ROOT, 'bin', 'c21lab.js'), ...args], { env: { PATH: process.env.PATH, LANG: 'C' } });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('LOADED_CJS []\n');
    }
  });
});
