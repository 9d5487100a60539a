// `c21lab panel` through the real CLI: build → validate → draw as a benchmark.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from '../../helpers/cli.js';
import { DEMO_ACTIONS, EX2024, EX2026, FIXTURES, svgTexts } from '../../helpers/radar.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-panel-')));
afterAll(() => cleanup());

describe('c21lab panel', () => {
  it('averages the percentages per commitment over the files that scored it, and round-trips', async () => {
    const out = join(dir, 'benchmarks', 'two-labs.yaml');
    const r = await runCli(['panel', EX2024, EX2026, '-o', out, '--name', 'Two LABs', '--source', 'Exampleville (fictional)',
      '--id', 'two-labs', '--year', '2026', '--lang', 'en']);
    // The one note: the schema folder for editors was written beside the new file.
    expect(r.stderr).toMatch(/^6 schema files written to \S+\.c21lab\/schemas\/v1; commit/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 assessments');
    const text = await readFile(out, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+benchmark\.schema\.json$/);
    const b = parse(text) as Record<string, unknown> & { values: Record<string, number | null> };
    expect(b).toMatchObject({ c21lab: 'benchmark/1', id: 'two-labs', name: 'Two LABs', framework: 'culture21-actions',
      unit: 'percent', year: 2026, respondents: 2 });
    // 2024: 50 / 2026: 62.5 → 56.25 → 56.3; commitment 8 is scored only in 2026 (50).
    expect(b.values).toEqual({ '1': 56.3, '2': 81.3, '3': 56.3, '4': 25, '5': 37.5, '6': 43.8, '7': 50, '8': 50, '9': 50 });
    expect(String(b.method)).toContain('8: 1');
    expect(text).toMatch(/"1": 56\.3/); // ids quoted, so they stay strings

    const v = await runCli(['validate', out]);
    expect(v.code, v.stdout + v.stderr).toBe(0);

    const svgOut = join(dir, 'with-panel.svg');
    const radar = await runCli(['radar', EX2026, '--benchmark', out, '-o', svgOut, '--lang', 'en']);
    expect(radar.code, radar.stderr).toBe(0);
    expect(svgTexts(await readFile(svgOut, 'utf8'))).toContain('Two LABs (2026)');

    const score = await runCli(['score', EX2026, '-b', out, '--format', 'json']);
    const json = JSON.parse(score.stdout) as { commitments: { difference: number | null }[] }[];
    expect(json[0]!.commitments[0]!.difference).toBe(6.2); // 62.5 − 56.3
  });

  it('on a first run in a fresh repository, points its $schema line at the schema folder it writes, and words its comment in the language', async () => {
    const repo = join(dir, 'fresh-repo');
    await mkdir(join(repo, '.git'), { recursive: true }); // the top of a git work tree, as core/schema-folder.ts finds it
    const first = await runCli(['panel', EX2024, EX2026, '-o', 'b.yaml', '--name', 'N', '--source', 'S', '--lang', 'fr'], { cwd: repo });
    expect(first.code, first.stderr).toBe(0);
    const lines = (await readFile(join(repo, 'b.yaml'), 'utf8')).split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=.c21lab/schemas/v1/benchmark.schema.json');
    expect(existsSync(join(repo, '.c21lab/schemas/v1/benchmark.schema.json'))).toBe(true);
    expect(lines[1]).toBe('# Construit avec c21lab panel à partir de :');
    expect(lines.join('\n')).not.toContain('Built with');
    const es = await runCli(['panel', EX2024, '-o', 'c.yaml', '--name', 'N', '--source', 'S', '--lang', 'es'], { cwd: repo });
    expect(es.code, es.stderr).toBe(0);
    expect((await readFile(join(repo, 'c.yaml'), 'utf8')).split('\n').slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=.c21lab/schemas/v1/benchmark.schema.json',
      '# Construido con c21lab panel a partir de:',
    ]);
  });

  it('the hand-written benchmark template of the README validates, holds no figures, and can be drawn', async () => {
    const template = join(FIXTURES, 'readme-template.yaml'); // copy of the template in .readme-parts/score-radar.md
    const v = await runCli(['validate', template]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const b = parse(await readFile(template, 'utf8')) as { values: Record<string, unknown> };
    expect(Object.values(b.values).every((x) => x === null)).toBe(true);
    const r = await runCli(['radar', EX2026, '-b', template, '-o', join(dir, 'template.svg')]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('refuses to overwrite without --force (exit 2), and overwrites with it', async () => {
    const out = join(dir, 'exists.yaml');
    await writeFile(out, 'keep me\n');
    const r = await runCli(['panel', EX2024, '-o', out, '--name', 'n', '--source', 's']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe('keep me\n');
    const forced = await runCli(['panel', EX2024, '-o', out, '--name', 'n', '--source', 's', '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('c21lab: benchmark/1');
  });

  it('refuses files of different frameworks (exit 1) and writes nothing', async () => {
    const out = join(dir, 'mixed.yaml');
    const r = await runCli(['panel', EX2024, DEMO_ACTIONS, '-o', out, '--name', 'n', '--source', 's', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/demo-actions-2025\.yaml:\d+:\d+ error framework-mismatch .*"demo-actions".*"culture21-actions"/);
    expect(existsSync(out)).toBe(false);
  });

  it('usage errors exit 2: missing -o, --name or --source, bad id or year', async () => {
    const base = ['panel', EX2024];
    const cases: [string[], string][] = [
      [['--name', 'n', '--source', 's'], '-o BENCH.yaml'],
      [['-o', join(dir, 'a.yaml'), '--source', 's'], '--name'],
      [['-o', join(dir, 'a.yaml'), '--name', 'n'], '--source'],
      [['-o', join(dir, 'a.yaml'), '--name', 'n', '--source', 's', '--id', 'Bad Id'], 'Bad Id'],
      [['-o', join(dir, 'a.yaml'), '--name', 'n', '--source', 's', '--year', '20x6'], '--year'],
      [['-o', join(dir, 'a.txt'), '--name', 'n', '--source', 's'], '.yaml'],
    ];
    for (const [args, text] of cases) {
      const r = await runCli([...base, ...args, '--lang', 'en']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(text);
    }
    expect(existsSync(join(dir, 'a.yaml'))).toBe(false);
  });
});
