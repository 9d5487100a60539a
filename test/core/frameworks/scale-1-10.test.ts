// The second bundled framework, culture21-actions-1-10: the same nine
// commitments on a 1-10 scale, to prove the scale is data. Scores, bands,
// percentages, the radar's rings, the report's methodology and the refusals
// all follow from the file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../../helpers/cli.js';

let dir: string;
const file = (name: string) => join(dir, name);
const assessment = (framework: string, scores: Record<string, number | string>) => [
  'c21lab: assessment/1', `framework: ${framework}`, 'city: Tenville', 'country: ZZ', 'date: 2026-03-02', 'language: en', 'commitments:',
  ...Object.entries(scores).map(([id, s]) => `  "${id}":\n    score: ${s}`), '',
].join('\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'c21lab-1-10-'));
  await writeFile(file('ten.yaml'), assessment('culture21-actions-1-10', { 1: 10, 2: 8, 3: 7, 4: 1, 5: 'n/a' }));
  await writeFile(file('ten-on-nine.yaml'), assessment('culture21-actions', { 1: 10 }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('culture21-actions-1-10', () => {
  it('validates and shows its scale and bands', async () => {
    const v = await runCli(['validate', file('ten.yaml')]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const f = await runCli(['framework', '--framework', 'culture21-actions-1-10', '--lang', 'en']);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stdout).toContain('Culture 21 Actions (1–10 scale)');
    expect(f.stdout).toMatch(/8\D+10\D+Advanced|Advanced.*8\D+10/);
  });

  it('scores on 1-10: 10 → 100 %, 8 → 77.8 % advanced, 7 → 66.7 % developing, 1 → 0 %; n/a apart', async () => {
    const r = await runCli(['score', file('ten.yaml'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const [out] = JSON.parse(r.stdout) as { scale: { min: number; max: number }; commitments: { id: string; percent: number | null; band: { id: string } | null; status: string }[]; overallCoverage: { scored: number; total: number } }[];
    expect(out!.scale).toMatchObject({ min: 1, max: 10 });
    const c = out!.commitments;
    expect(c.slice(0, 5).map((x) => [x.percent, x.band?.id ?? null, x.status])).toEqual([
      [100, 'advanced', 'scored'], [77.8, 'advanced', 'scored'], [66.7, 'developing', 'scored'], [0, 'emerging', 'scored'], [null, null, 'na'],
    ]);
    expect(out!.overallCoverage).toEqual({ scored: 4, total: 9 });
  });

  it('refuses a 10 on the 1-9 framework, with its line and column', async () => {
    const r = await runCli(['validate', file('ten-on-nine.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/ten-on-nine\.yaml:\d+:\d+/);
  });

  it('the report states the 1-10 scale and c21lab\'s convention, and the radar rings sit at its band limits', async () => {
    const out = file('ten.html');
    const r = await runCli(['report', file('ten.yaml'), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('Each item is scored on a scale from 1 to 10.');
    expect(html).toContain('(mean − 1) / 9 × 100');
    expect(html).toContain('c21lab’s conventions, not UCLG’s');
    expect(html).toContain('describes marks from 1 to 10');
    expect(html).toMatch(/>33\.3\u00a0%</); // the ring where "developing" starts: (4 − 1) / 9
    expect(html).toMatch(/>77\.8\u00a0%</); // and "advanced": (8 − 1) / 9
  });

  it('cannot share a comparison with an assessment on the 1-9 framework', async () => {
    const r = await runCli(['compare', join(EXAMPLES, 'exampleville-2026.yaml'), file('ten.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('framework-mismatch');
  });
});
