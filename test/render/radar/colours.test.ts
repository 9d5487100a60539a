// Colours that can be read and told apart: every series line reaches 3:1
// against the white background (WCAG 2.1, 1.4.11), every text colour of the
// report's stylesheet 4.5:1 on its background (1.4.3); series keep their
// colour by role (this LAB, the earlier LAB, the benchmark) in every picture;
// this LAB is drawn on top; from the eighth series on, commands warn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCHMARK_COLOR, ROLE_COLORS, SERIES_COLORS } from '../../../src/render/radar/layout.js';
import { radarSpec, seriesColors } from '../../../src/render/radar/spec.js';
import { roleByDate } from '../../../src/core/series.js';
import type { Framework } from '../../../src/core/types.js';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('series colours', () => {
  it('reach 3:1 against white, the benchmark too', () => {
    for (const c of [...SERIES_COLORS, BENCHMARK_COLOR]) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
  });
  it('are seven distinct colours, the first two for this LAB and the earlier LAB', () => {
    expect(new Set(SERIES_COLORS.map((c) => c.toLowerCase())).size).toBe(7);
    expect([ROLE_COLORS.current, ROLE_COLORS.earlier]).toEqual([SERIES_COLORS[0], SERIES_COLORS[1]]);
  });
  it('go by role, not by position: the same LAB keeps its colour whichever order the files come in', () => {
    expect(seriesColors([{ role: 'earlier' }, { role: 'current' }])).toEqual([ROLE_COLORS.earlier, ROLE_COLORS.current]);
    expect(seriesColors([{ role: 'current' }, { role: 'earlier' }])).toEqual([ROLE_COLORS.current, ROLE_COLORS.earlier]);
    expect(roleByDate(['2026-05-14', '2024-04-10'])).toEqual(['current', 'earlier']);
    expect(roleByDate(['2022-01-01', '2024-04-10', '2026-05-14'])).toEqual([undefined, 'earlier', 'current']);
    const many = seriesColors(Array.from({ length: 9 }, (_, i) => (i === 8 ? { role: 'current' as const } : {})));
    expect(many[8]).toBe(ROLE_COLORS.current);
    expect(many.slice(0, 7).includes(ROLE_COLORS.current)).toBe(false); // no other series takes this LAB's colour
  });
  it('draw this LAB last, on top of the earlier LAB and the benchmark', () => {
    const fw = JSON.parse(JSON.stringify({
      c21lab: 'framework/1', id: 't', title: { en: 'T' }, percent: { formula: 'linear', decimals: 1 },
      scale: { min: 1, max: 9, bands: [{ id: 'a', min: 1, max: 4, label: { en: 'A' } }, { id: 'b', min: 5, max: 9, label: { en: 'B' } }] },
      commitments: ['1', '2', '3'].map((id) => ({ id, title: { en: `C${id}` } })),
    })) as Framework;
    const spec = radarSpec({ framework: fw, lang: 'en', series: [{ label: 'now', role: 'current', values: [50, 50, 50] }, { label: 'then', role: 'earlier', values: [25, 25, 25] }], benchmark: { label: 'bench', values: [40, 40, 40] } });
    const points = (spec.data?.find((d) => d.name === 'points') as { values: { key: string; color: string }[] }).values;
    const order = [...new Map(points.map((p) => [p.key, p.color])).entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([, c]) => c);
    expect(order).toEqual([BENCHMARK_COLOR, ROLE_COLORS.earlier, ROLE_COLORS.current]);
  });
});

describe('the report stylesheet', () => {
  const css = readFileSync(join(ROOT, 'templates', 'report', 'report.css'), 'utf8');
  const v = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6})`, 'i').exec(css)?.[1] as string;
  it('band pills: white on emerging and advanced, dark on developing, all 4.5:1', () => {
    expect(contrast('#ffffff', v('emerging'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', v('advanced'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('ink'), v('developing'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('muted'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('accent'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the same LAB has the same colour in report, compare and radar', () => {
  it('2026 is blue and 2024 vermillion everywhere; an eighth series warns', async () => {
    const { dir, cleanup } = await tempDir('c21lab-colours-');
    try {
      const e26 = join(EXAMPLES, 'exampleville-2026.yaml');
      const e24 = join(EXAMPLES, 'exampleville-2024.yaml');
      // 2026 scores all nine commitments, so its line is closed and filled; 2024 has a gap (commitment 8), so it is not.
      const lines = (svg: string) => [...svg.matchAll(/<path d="M[^"]*"([^>]*)stroke="(#[0-9A-F]{6})" stroke-width="2"/g)].map((m) => ({ filled: /fill="#/.test(m[1] ?? ''), color: m[2] }));
      const report = await runCli(['report', e26, '--compare', e24, '--lang', 'en'], { cwd: dir });
      const cmp = await runCli(['compare', e24, e26, '--radar', join(dir, 'c.svg')], { cwd: dir });
      const radar = await runCli(['radar', e24, e26, '-o', join(dir, 'r.svg')], { cwd: dir });
      for (const r of [report, cmp, radar]) expect(r.code, r.stderr).toBe(0);
      for (const svg of [report.stdout, readFileSync(join(dir, 'c.svg'), 'utf8'), readFileSync(join(dir, 'r.svg'), 'utf8')]) {
        const found = lines(svg);
        expect(found.find((l) => l.filled)?.color).toBe(ROLE_COLORS.current);
        expect(found.find((l) => !l.filled && l.color !== BENCHMARK_COLOR)?.color).toBe(ROLE_COLORS.earlier);
        // drawn last, so on top: this LAB's line comes after the earlier LAB's
        expect(found.map((l) => l.color).indexOf(ROLE_COLORS.current)).toBeGreaterThan(found.map((l) => l.color).indexOf(ROLE_COLORS.earlier));
      }
      const eight = Array.from({ length: 8 }, () => e26);
      const warn = await runCli(['radar', ...eight, '--lang', 'en', '-o', join(dir, 'eight.svg')], { cwd: dir });
      expect(warn.code).toBe(0);
      expect(warn.stderr).toContain('8 series on one radar: colours repeat from the eighth on');
      const seven = await runCli(['radar', ...eight.slice(1), '--lang', 'en', '-o', join(dir, 'seven.svg')], { cwd: dir });
      expect(seven.stderr).not.toContain('colours repeat');
    } finally {
      await cleanup();
    }
  });
});
