// Charts of the same shape are drawn on one reused vega View with the new
// data (src/render/vega.ts, for `report --out-dir`). Reuse must give the
// bytes a new View gives, whatever was drawn before: many assessments with
// scores, votes and city names shifted, in three languages, in forward and
// reverse order, through the real CLI as well.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/core/load.js';
import { scoreAssessment } from '../../src/core/score.js';
import type { Lang } from '../../src/core/types.js';
import { radarSpec } from '../../src/render/radar/spec.js';
import { loadVegaBundle, renderSvg, specShape, type Vega } from '../../src/render/vega.js';
import { votesData, votesVegaSpec } from '../../src/render/votes-chart.js';
import { EXAMPLES, runCli, tempDir } from '../helpers/cli.js';

const MAIN = join(EXAMPLES, 'exampleville-2026.yaml');
let dir: string;
let cleanup: () => Promise<void>;
let files: string[];
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-reuse-'));
  const text = readFileSync(MAIN, 'utf8');
  files = [];
  for (let i = 0; i < 8; i++) {
    const shifted = text
      .replace('city: Exampleville', `city: ${'Long-named '.repeat(i % 3)}Town ${i}`)
      .replace(/score: (\d)/g, (_, s: string) => `score: ${1 + ((Number(s) + i * 3) % 9)}`)
      .replace(/(p\d+): (\d)/g, (_, p: string, v: string) => `${p}: ${1 + ((Number(v) * (i + 1)) % 9)}`);
    const file = join(dir, `town-${i}.yaml`);
    writeFileSync(file, shifted);
    files.push(file);
  }
});
afterAll(() => cleanup());

describe('a reused View', () => {
  it('draws the same bytes as a new one, chart after chart', async () => {
    const vega = loadVegaBundle() as Vega;
    const specs = [];
    for (const lang of ['en', 'fr', 'es'] as Lang[]) {
      for (const file of files) {
        const { assessment, framework } = await loadAssessment(file);
        const score = scoreAssessment(assessment, framework);
        specs.push(await votesVegaSpec(votesData(assessment, framework, score, lang), framework, lang));
        specs.push(radarSpec({ framework, lang, series: [{ label: assessment.city, values: score.commitments.map((c) => c.percent) }], width: 640 }));
      }
    }
    // Reuse really happens for the radars (one shape per language); the votes chart, with axes and a legend, is never reused.
    const radarShapes = new Set(specs.filter((_, i) => i % 2 === 1).map((s) => specShape(s)));
    expect(radarShapes.size).toBe(3);
    expect(radarShapes.has(undefined)).toBe(false);
    expect(specs.filter((_, i) => i % 2 === 0).every((s) => specShape(s) === undefined)).toBe(true);
    let compared = 0;
    for (const order of [specs, [...specs].reverse()]) {
      for (const spec of order) {
        vega.resetSVGDefIds();
        const fresh = await renderSvg(vega, structuredClone(spec), { reuse: false });
        vega.resetSVGDefIds();
        const reused = await renderSvg(vega, structuredClone(spec));
        expect(reused.length).toBeGreaterThan(1000);
        expect(reused === fresh, 'a reused View drew other bytes than a new one').toBe(true);
        compared++;
      }
    }
    expect(compared).toBe(specs.length * 2);
  });

  it('is not used where it could draw otherwise: autosize other than none, axes, legends, keyed marks, loaded or formatted data', () => {
    const none = { autosize: 'none' as const };
    expect(specShape({ ...none, data: [{ name: 'a', values: [{ x: 1 }] }] })).toBe(specShape({ ...none, data: [{ name: 'a', values: [{ x: 2 }, { x: 3 }] }] }));
    expect(specShape({ data: [{ name: 'a', values: [] }] })).toBeUndefined();
    expect(specShape({ autosize: 'pad', data: [{ name: 'a', values: [] }] })).toBeUndefined();
    expect(specShape({ ...none, axes: [] })).toBeUndefined();
    expect(specShape({ ...none, legends: [] })).toBeUndefined();
    expect(specShape({ ...none, marks: [{ type: 'symbol', key: 'id' }] })).toBeUndefined();
    expect(specShape({ ...none, marks: [{ type: 'group', axes: [{ orient: 'left', scale: 'y' }] }] })).toBeUndefined();
    expect(specShape({ ...none, data: [{ name: 'a', url: 'x.csv' }] })).toBeUndefined();
    expect(specShape({ ...none, data: [{ name: 'a', values: [], format: { type: 'json' } }] })).toBeUndefined();
  });
});

it('report --out-dir writes, for each file, the bytes a report of that file alone writes', async () => {
  const batch = join(dir, 'batch');
  const common = ['--benchmark', 'example-panel', '--lang', 'fr'];
  const r = await runCli(['report', ...files, ...common, '--out-dir', batch]);
  expect(r.code).toBe(0);
  expect(readdirSync(batch).sort()).toEqual(files.map((_, i) => `town-${i}.html`));
  for (const i of [0, 4, 7]) {
    const alone = join(dir, `alone-${i}`);
    expect((await runCli(['report', files[i] as string, ...common, '--out-dir', alone])).code).toBe(0);
    expect(readFileSync(join(batch, `town-${i}.html`)).equals(readFileSync(join(alone, `town-${i}.html`))), `town-${i}.html differs`).toBe(true);
  }
});
