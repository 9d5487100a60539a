// The radar renderer's API, in process: rings, order, gaps, the offline loader.
import { createContext } from '../../../src/core/validate/index.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { radarRings, radarSpec, renderRadarSvg, renderSpecSvg } from '../../../src/render/radar/index.js';
import { axisAngle, LABEL_LINE, LABEL_SIZE, textWidth, wrap } from '../../../src/render/radar/layout.js';
import { benchmarkSeries, checkBenchmark } from '../../../src/core/benchmark.js';
import { FindingsError } from '../../../src/core/errors.js';
import type { Benchmark, Framework } from '../../../src/core/types.js';
import { ROOT } from '../../helpers/cli.js';

const fw = parse(readFileSync(join(ROOT, 'data', 'frameworks', 'culture21-actions.yaml'), 'utf8')) as Framework;
const bench = parse(readFileSync(join(ROOT, 'data', 'benchmarks', 'example-panel.yaml'), 'utf8')) as Benchmark;

describe('radar spec', () => {
  it('puts a ring where each band starts (4 → 37.5 %, 7 → 75 %) and one at 100 %, labelled with band names', () => {
    expect(radarRings(fw, 'fr')).toEqual([
      { percent: 37.5, label: 'En développement', outer: false },
      { percent: 75, label: 'Avancé', outer: false },
      { percent: 100, label: '100\u00a0%', outer: true },
    ]);
  });

  it('starts at the top and goes clockwise', () => {
    expect(axisAngle(0, 9)).toBeCloseTo(-Math.PI / 2);
    // Screen y grows downwards: the second axis is to the right of the first.
    expect(Math.cos(axisAngle(1, 9))).toBeGreaterThan(0);
    expect(Math.sin(axisAngle(1, 9))).toBeLessThan(0);
  });

  it('wraps labels on words without cutting any', () => {
    expect(wrap('Culture, urban planning and public space', 16)).toEqual(['Culture, urban', 'planning and', 'public space']);
    expect(wrap('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercalifragilisticexpialidocious']);
  });

  it('keeps every wrapped axis label inside the picture, at any width and in every language', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      for (const width of [480, 560, 720, 1200]) {
        const spec = radarSpec({ framework: fw, lang, series: [], width, title: 'T' });
        const H = spec.height as number;
        const labels = (spec.data?.find((d) => d.name === 'axisLabels') as {
          values: { x: number; y: number; lines: string[]; align: string }[];
        }).values;
        expect(labels).toHaveLength(9);
        for (const l of labels) {
          const w = Math.max(...l.lines.map((line) => textWidth(line, LABEL_SIZE)));
          const x1 = l.align === 'left' ? l.x : l.align === 'right' ? l.x - w : l.x - w / 2;
          expect(x1, `${lang} ${width} ${l.lines.join(' ')}`).toBeGreaterThanOrEqual(0);
          expect(x1 + w, `${lang} ${width} ${l.lines.join(' ')}`).toBeLessThanOrEqual(width);
          expect(l.y - LABEL_SIZE).toBeGreaterThanOrEqual(0);
          expect(l.y + (l.lines.length - 1) * LABEL_LINE).toBeLessThanOrEqual(H);
        }
      }
    }
  });

  it('draws no narrower than 480 px: a smaller width is raised', () => {
    expect(radarSpec({ framework: fw, lang: 'en', series: [], width: 200 }).width).toBe(480);
  });

  it('marks nulls as undefined points (gaps) and closes complete series', () => {
    const spec = radarSpec({ framework: fw, lang: 'en', series: [{ label: 'A', values: [10, 20, null, 40, 50, 60, 70, 80, 90] }] });
    const points = (spec.data?.find((d) => d.name === 'points') as { values: { ok: boolean; closing: boolean }[] }).values;
    expect(points).toHaveLength(10);
    expect(points.filter((p) => !p.ok)).toHaveLength(1);
    expect(points[9]!.closing).toBe(true);
  });

  it('renders identical SVGs in one process (no global id counters leak in)', async () => {
    const input = { framework: fw, lang: 'es' as const, series: [{ label: 'A', values: [10, 20, 30, 40, 50, 60, 70, 80, 90] }],
      benchmark: benchmarkSeries(bench, fw), title: 'T' };
    expect(await renderRadarSvg(input)).toBe(await renderRadarSvg(input));
  });

  it('never loads anything from outside: a spec with a URL is refused', async () => {
    await expect(renderSpecSvg({ data: [{ name: 'x', url: 'https://example.org/data.json' }], marks: [] })).rejects.toThrow(/refused/);
  });

  it('checkBenchmark refuses other frameworks and units, accepts a fitting one', () => {
    expect(() => checkBenchmark(bench, fw, 'b.yaml')).not.toThrow();
    const rules = (b: Benchmark) => {
      try {
        checkBenchmark(b, fw, 'b.yaml');
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(FindingsError);
        return (error as FindingsError).findings.map((f) => f.rule);
      }
    };
    expect(rules({ ...bench, framework: 'other' })).toEqual(['benchmark-framework']);
    expect(rules({ ...bench, unit: 'mean-score' })).toEqual(['benchmark-unit']);
    expect(rules({ ...bench, values: { '1': 5, '10': 5 } })).toEqual(['benchmark-commitment']);
  });
});

describe('radar rendered in process', () => {
  it('gives the same bytes as the CLI: the golden file', async () => {
    const { loadAssessment } = await import('../../../src/core/load.js');
    const { scoreAssessment } = await import('../../../src/core/score.js');
    const { roleByDate, seriesLabels, scoreSeries } = await import('../../../src/core/series.js');
    const loaded = [
      await loadAssessment(join(ROOT, 'data', 'examples', 'exampleville-2024.yaml'), createContext(ROOT)),
      await loadAssessment(join(ROOT, 'data', 'examples', 'exampleville-2026.yaml'), createContext(ROOT)),
    ];
    const labels = seriesLabels(loaded);
    const svg = await renderRadarSvg({
      framework: loaded[0]!.framework,
      lang: 'en',
      // as the CLI does: colours by role, the latest LAB (2026) current, the one before it earlier
      series: loaded.map((l, i) => ({ ...scoreSeries(labels[i]!, scoreAssessment(l.assessment, l.framework)), role: roleByDate(loaded.map((x) => x.assessment.date))[i] ?? 'current' })),
      benchmark: benchmarkSeries(bench, loaded[0]!.framework, 'en'),
      title: 'Culture 21 Actions radar — Exampleville', // the CLI's default title in English
    });
    expect(svg === readFileSync(join(ROOT, 'test', 'golden', 'radar-exampleville.svg'), 'utf8')).toBe(true);
  });
});

describe('n/a on the radar', () => {
  // French writes s.o. (sans objet) everywhere: the paper sheet, the walkthrough, the room, score, compare and the report.
  it('names an n/a commitment on its axis label, apart from a gap (not scored)', async () => {
    const { radarSpec } = await import('../../../src/render/radar/spec.js');
    const fw = { c21lab: 'framework/1', id: 't', title: { en: 'T' }, percent: { formula: 'linear', decimals: 1 },
      scale: { min: 1, max: 9, bands: [{ id: 'a', min: 1, max: 4, label: { en: 'A' } }, { id: 'b', min: 5, max: 9, label: { en: 'B' } }] },
      commitments: ['1', '2', '3'].map((id) => ({ id, title: { en: `Title ${id}` } })) } as const;
    const spec = radarSpec({ framework: fw as never, lang: 'fr', series: [{ label: 'x', values: [50, null, null], na: [false, true, false] }] });
    const labels = (spec.data?.find((d) => d.name === 'axisLabels') as { values: { lines: string[] }[] }).values.map((v) => v.lines.join(' '));
    expect(labels).toEqual(['Title 1', 'Title 2 (s.o.)', 'Title 3']);
  });
});
