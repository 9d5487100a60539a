// Charts of the same shape share one vega.parse() and one kept View
// (src/render/vega.ts, for `report --out-dir`), emptied and fed each chart's
// data. That must give the bytes a new View of the full spec gives, whatever
// was drawn before (other axis labels, sizes, def ids): many
// assessments with scores, votes and city names shifted, in three languages,
// in forward and reverse order, through the real CLI as well.
import { createContext } from '../../../src/core/validate/index.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Spec } from 'vega';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment } from '../../../src/core/load.js';
import { scoreAssessment } from '../../../src/core/score.js';
import type { Lang } from '../../../src/core/types.js';
import { radarSpec } from '../../../src/render/radar/spec.js';
import { loadVegaBundle, renderSvg, specShape, type Vega } from '../../../src/render/vega.js';
import { datumOnly, fixedDatasets } from '../../../src/render/vega-fixed.js';
import { votesData, votesVegaSpec } from '../../../src/render/votes-chart.js';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';

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

describe('a reused parse', () => {
  it('draws the same bytes as a parse of the full spec, chart after chart', async () => {
    const vega = loadVegaBundle() as Vega;
    const specs = [];
    for (const lang of ['en', 'fr', 'es'] as Lang[]) {
      for (const file of files) {
        const { assessment, framework } = await loadAssessment(file, createContext(ROOT));
        const score = scoreAssessment(assessment, framework);
        specs.push(await votesVegaSpec(votesData(assessment, framework, score, lang), framework, lang));
        specs.push(radarSpec({ framework, lang, series: [{ label: assessment.city, values: score.commitments.map((c) => c.percent) }], width: 640 }));
      }
    }
    // Reuse really happens: one shape per chart and language, for 48 charts.
    const shapes = new Set(specs.map((s) => specShape(s)));
    expect(shapes.has(undefined)).toBe(false);
    expect(shapes.size).toBeLessThanOrEqual(6);
    // A full parse with the def ids reset draws what its spec alone says, whatever came before (the
    // next test checks it on charts drawn in two orders), so each chart's full drawing, made in the
    // forward pass, is the reference for the kept View in both passes.
    const full = new Map<object, string>();
    let compared = 0;
    for (const order of [specs, [...specs].reverse()]) {
      for (const spec of order) {
        let fresh = full.get(spec);
        if (fresh === undefined) {
          vega.resetSVGDefIds();
          fresh = await renderSvg(vega, structuredClone(spec), { reuse: false });
          full.set(spec, fresh);
        }
        vega.resetSVGDefIds();
        const reused = await renderSvg(vega, structuredClone(spec));
        expect(reused.length).toBeGreaterThan(1000);
        expect(reused === fresh, 'a reused parse drew other bytes than a full one').toBe(true);
        compared++;
      }
    }
    expect(full.size).toBe(specs.length);
    expect(compared).toBe(specs.length * 2);
  });

  it('keeps one View per shape whose charts have other axis labels, sizes and scales: the same bytes as new Views, in any order, with or without a reset of the def ids between charts', async () => {
    const vega = loadVegaBundle() as Vega;
    const text = readFileSync(MAIN, 'utf8');
    const lines = text.split('\n');
    const voteLines = lines.flatMap((l, i) => (/^\s+votes: \{/.test(l) ? [i] : []));
    expect(voteLines.length).toBeGreaterThan(5);
    const specs: Spec[] = [];
    for (let i = 0; i < 10; i++) {
      // Drop the votes of some items (other commitments on the y axis), shift the rest (other circle sizes).
      const kept = lines.filter((_, k) => !voteLines.slice(i % 4, (i % 4) + (i % 3) + 1).includes(k) || i === 9);
      const file = join(dir, `varied-${i}.yaml`);
      writeFileSync(file, kept.join('\n').replace(/(p\d+): (\d)/g, (_, p: string, v: string) => `${p}: ${i === 9 ? 5 : 1 + ((Number(v) + i) % 9)}`));
      const { assessment, framework } = await loadAssessment(file, createContext(ROOT));
      const score = scoreAssessment(assessment, framework);
      specs.push(await votesVegaSpec(votesData(assessment, framework, score, 'en'), framework, 'en'));
      // One to three series (other facets), some with a gap, some with a benchmark.
      const values = score.commitments.map((c, k) => (k === i % 9 && i % 2 ? null : c.percent));
      const series = Array.from({ length: 1 + (i % 3) }, (_, k) => ({ label: `${assessment.city} ${k}`, role: k === 0 ? 'current' as const : 'earlier' as const, values: values.map((v) => (v === null ? null : Math.max(0, v - 9 * k))) }));
      specs.push(radarSpec({ framework, lang: 'en', series, ...(i % 4 === 1 ? { benchmark: { label: 'Panel', values: values.map(() => 50) } } : {}), width: 640 }));
    }
    const draw = async (order: typeof specs, reuse: boolean, resetEach: boolean) => {
      vega.resetSVGDefIds();
      const out = [];
      for (const spec of order) {
        if (resetEach) vega.resetSVGDefIds();
        out.push(await renderSvg(vega, structuredClone(spec), { reuse }));
      }
      return out;
    };
    const shuffled = specs.map((s, i) => [(i * 7) % specs.length, s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
    // Def ids reset before each chart (as report does), and not (several charts in one page).
    const newViews = new Map<Spec, string>();
    for (const [order, resetEach] of [[specs, true], [[...specs].reverse(), false], [shuffled, true]] as const) {
      const fresh = await draw(order, false, resetEach);
      const reused = await draw(order, true, resetEach);
      expect(new Set(fresh).size, 'the charts differ from one another').toBeGreaterThan(10);
      reused.forEach((svg, k) => expect(svg === fresh[k], `chart ${k} drawn on a kept View differs from a new View's`).toBe(true));
      // With the def ids reset before each chart, a new View draws the same bytes in any order.
      if (resetEach) {
        order.forEach((spec, k) => {
          const before = newViews.get(spec);
          if (before === undefined) newViews.set(spec, fresh[k] as string);
          else expect(fresh[k] === before, `chart ${k} drawn on a new View depends on the charts drawn before it`).toBe(true);
        });
      }
    }
    expect(newViews.size).toBe(specs.length);
  });

  it('numbers the clip paths of a kept View\'s items that outlive a chart from vega\'s counter, as a new View does', async () => {
    const vega = loadVegaBundle() as Vega;
    // A clipped group that depends on no data (it stays in the kept View) around marks that do.
    const spec = (n: number): Spec => ({
      width: 100, height: 50,
      data: [{ name: 'rows', values: Array.from({ length: n }, (_, i) => ({ x: i * 10 })) }],
      marks: [{ type: 'group', clip: true, encode: { enter: { width: { value: 100 }, height: { value: 50 } } },
        marks: [{ type: 'rect', from: { data: 'rows' }, encode: { enter: { x: { field: 'x' }, width: { value: 5 }, height: { value: 5 } } } }] }],
    });
    const draw = async (reuse: boolean) => {
      vega.resetSVGDefIds();
      return [await renderSvg(vega, spec(2), { reuse }), await renderSvg(vega, spec(3), { reuse })];
    };
    const fresh = await draw(false);
    expect(fresh[1]).toContain('id="clip2"');
    expect(await draw(true)).toEqual(fresh);
  });

  it('leaves the items of a dataset given the same values again only when they depend on nothing but their datum', async () => {
    const vega = loadVegaBundle() as Vega;
    // `fixed` is drawn from its datum alone; `scaled` has the same values in every chart but is placed by a scale over `rows`, which changes.
    // Sized as the report's charts are (autosize none), so that only the items can differ.
    const spec = (n: number): Spec => ({
      width: 100, height: 50, autosize: 'none', padding: 0,
      data: [
        { name: 'rows', values: Array.from({ length: n }, (_, i) => ({ x: i })) },
        { name: 'fixed', values: [{ x: 1, t: 'a' }, { x: 2, t: 'b' }] },
        { name: 'scaled', values: [{ x: 1 }] },
      ],
      scales: [{ name: 'x', type: 'linear', domain: { data: 'rows', field: 'x' }, range: 'width' }],
      marks: [
        { type: 'rect', from: { data: 'rows' }, encode: { enter: { x: { scale: 'x', field: 'x' }, width: { value: 2 }, height: { value: 5 } } } },
        { type: 'text', from: { data: 'fixed' }, encode: { enter: { x: { signal: 'datum.x * 10 + 1' }, text: { field: 't' } } } },
        { type: 'symbol', from: { data: 'scaled' }, encode: { enter: { x: { scale: 'x', field: 'x' }, size: { value: 20 } } } },
      ],
    });
    expect([...fixedDatasets(spec(2))]).toEqual(['fixed']);
    // A mark that a signal's trigger can change (`on`) is not drawn from its datum alone.
    const triggered = spec(2);
    const marks = triggered.marks as unknown as Array<Record<string, unknown>>;
    marks[1] = { ...marks[1], on: [{ trigger: 'width > 0', modify: 'datum', values: '{t: "c"}' }] };
    expect([...fixedDatasets(triggered)]).toEqual([]);
    const draw = async (reuse: boolean) => {
      const out = [];
      for (const n of [2, 5, 3, 3, 2]) {
        vega.resetSVGDefIds();
        out.push(await renderSvg(vega, spec(n), { reuse }));
      }
      return out;
    };
    const fresh = await draw(false);
    expect(new Set(fresh).size).toBe(3);
    expect(await draw(true)).toEqual(fresh);
  });

  it('gives a fixed dataset again when its values differ in what JSON cannot tell apart (NaN and null)', async () => {
    const vega = loadVegaBundle() as Vega;
    const spec = (t: unknown): Spec => ({
      width: 60, height: 20, autosize: 'none', padding: 0,
      data: [{ name: 'fixed', values: [{ x: 1, t }] }],
      marks: [{ type: 'text', from: { data: 'fixed' }, encode: { enter: { x: { signal: 'datum.x * 10' }, text: { signal: "'' + datum.t" } } } }],
    });
    expect([...fixedDatasets(spec(null))]).toEqual(['fixed']);
    const draw = async (reuse: boolean) => {
      const out = [];
      for (const t of [Number.NaN, null, Number.NaN]) {
        vega.resetSVGDefIds();
        out.push(await renderSvg(vega, spec(t), { reuse }));
      }
      return out;
    };
    const fresh = await draw(false);
    expect(fresh[0]).toContain('NaN');
    expect(fresh[1]).toContain('null');
    expect(await draw(true)).toEqual(fresh);
  });

  it('counts the radar\'s rings, spokes and labels as fixed, not its points, and only expressions of the datum as reading nothing else', async () => {
    const { assessment, framework } = await loadAssessment(files[0] as string, createContext(ROOT));
    const score = scoreAssessment(assessment, framework);
    const radar = radarSpec({ framework, lang: 'en', series: [{ label: assessment.city, values: score.commitments.map((c) => c.percent) }], width: 640 });
    const fixed = fixedDatasets(radar);
    for (const name of ['rings', 'spokes', 'axisLabels']) expect(fixed.has(name), name).toBe(true);
    for (const name of ['points', 'dots']) expect(fixed.has(name), name).toBe(false);
    expect(datumOnly('datum.x + 14')).toBe(true);
    expect(datumOnly("datum.outer ? '#7f7f7f' : '#bdbdbd'")).toBe(true);
    for (const e of ['width', 'datum.x + width', 'data("rows")', "datum['x']", 'datum.a = 1', '(x) => 1', "scale('x', 3)", 'datum.x + 1e5']) {
      expect(datumOnly(e), e).toBe(false);
    }
  });

  it('is not used for data loaded by URL or parsed with a format', () => {
    expect(specShape({ data: [{ name: 'a', values: [{ x: 1 }] }] })).toBe(specShape({ data: [{ name: 'a', values: [{ x: 2 }, { x: 3 }] }] }));
    expect(specShape({ data: [{ name: 'a', url: 'x.csv' }] })).toBeUndefined();
    expect(specShape({ data: [{ name: 'a', values: [], format: { type: 'json' } }] })).toBeUndefined();
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
