// The benches are plain .mjs run by `npm run bench`, not by CI, and import
// built modules by name: check those names exist, so a rename cannot break
// the bench unnoticed; and run the code that builds what they draw, so a
// changed signature cannot either.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Spec } from 'vega';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

it('every built export the benches import exists', async () => {
  const wanted: Array<[string, string, string]> = [];
  for (const file of readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.mjs'))) {
    const text = readFileSync(join(ROOT, 'bench', file), 'utf8');
    for (const m of text.matchAll(/const \{ ([^}]+) \} = await import\(join\(ROOT, '(dist\/[^']+)'\)\)/g)) {
      for (const name of (m[1] as string).split(',').map((n) => n.trim()).filter(Boolean)) wanted.push([file, m[2] as string, name]);
    }
  }
  expect(wanted.length).toBeGreaterThan(5);
  const missing: string[] = [];
  for (const [file, module, name] of wanted) {
    const mod = (await import(pathToFileURL(join(ROOT, module)).href)) as Record<string, unknown>;
    if (typeof mod[name] !== 'function') missing.push(`${file}: ${module} ${name}`);
  }
  expect(missing).toEqual([]);
});

// The names alone let a changed signature through (resolveBenchmark gained an
// argument and the benches still passed their old ones): the specs the radar
// and report benches build are built here too, with the benches' own code.
describe('the benches call the built code as the commands do', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir('c21lab-bench-args-');
  });
  afterAll(() => tmp.cleanup());

  it('the radar bench’s spec draws the very SVG `c21lab radar` writes (its "same bytes" check)', async () => {
    const { writeSpec } = (await import(pathToFileURL(join(ROOT, 'bench', 'radar.mjs')).href)) as { writeSpec: (f: string) => Promise<(svg: string) => string> };
    const specFile = join(tmp.dir, 'radar-spec.json');
    const accessible = await writeSpec(specFile);
    const vega = await import('vega');
    const view = new vega.View(vega.parse(JSON.parse(readFileSync(specFile, 'utf8')) as Spec), { renderer: 'none' });
    const drawn = accessible(await view.toSVG());
    view.finalize();
    const out = join(tmp.dir, 'radar.svg');
    const ex = (f: string) => join(ROOT, 'data', 'examples', f);
    const r = await runCli(['radar', ex('exampleville-2024.yaml'), ex('exampleville-2026.yaml'), '-b', 'example-panel', '--lang', 'en', '--title', 'Culture 21 Actions radar — Exampleville', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(drawn).toBe(readFileSync(out, 'utf8'));
  });

  it('the report bench’s spec holds both assessments and the benchmark', async () => {
    const { writeSpec } = (await import(pathToFileURL(join(ROOT, 'bench', 'report.mjs')).href)) as { writeSpec: (f: string) => Promise<void> };
    const specFile = join(tmp.dir, 'report-spec.json');
    await writeSpec(specFile);
    const text = readFileSync(specFile, 'utf8');
    for (const label of ['2026', '2024', 'Example panel']) expect(text).toContain(label);
  });
});
