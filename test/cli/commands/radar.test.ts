// `c21lab radar` through the real CLI: SVG and PNG, labels, determinism, the golden file, refusals.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';
import { EX2024, EX2026, DEMO_ACTIONS, FIXTURES, svgTexts } from '../../helpers/radar.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'radar-exampleville.svg');
const SHORT = {
  en: ['Cultural rights', 'Heritage & creativity', 'Education', 'Environment', 'Economy', 'Equality & inclusion', 'Urban planning', 'Information, knowledge', 'Governance'],
  fr: ['Droits culturels', 'Patrimoine & création', 'Éducation', 'Environnement', 'Économie', 'Équité et inclusion', 'Urbanisme', 'Information, savoir', 'Gouvernance'],
  es: ['Derechos culturales', 'Patrimonio y creación', 'Educación', 'Medio ambiente', 'Economía', 'Equidad e inclusión', 'Planificación urbana', 'Información, saber', 'Gobernanza'],
};

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-radar-')));
afterAll(() => cleanup());

describe('c21lab radar', () => {
  it('matches the golden SVG of the bundled example byte for byte (UPDATE_GOLDEN=1 regenerates it)', async () => {
    const out = join(dir, 'golden.svg');
    const r = await runCli(['radar', EX2024, EX2026, '--benchmark', 'example-panel', '--lang', 'en', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const svg = await readFile(out, 'utf8');
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, svg);
    expect(existsSync(GOLDEN), 'golden file missing: run UPDATE_GOLDEN=1 npx vitest run test/cli/commands/radar.test.ts').toBe(true);
    expect(svg === readFileSync(GOLDEN, 'utf8'), 'radar SVG differs from test/golden/radar-exampleville.svg').toBe(true);
  });

  it('is deterministic: two runs give byte-identical SVGs', async () => {
    const a = join(dir, 'a.svg');
    const b = join(dir, 'b.svg');
    expect((await runCli(['radar', EX2026, EX2024, '-b', 'example-panel', '-o', a])).code).toBe(0);
    expect((await runCli(['radar', EX2026, EX2024, '-b', 'example-panel', '-o', b])).code).toBe(0);
    expect(Buffer.compare(await readFile(a), await readFile(b))).toBe(0);
  });

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`writes a well-formed SVG with all nine axis labels, the legend and the band names (${lang})`, async () => {
      const out = join(dir, `radar-${lang}.svg`);
      const r = await runCli(['radar', EX2024, EX2026, '-b', 'example-panel', '--lang', lang, '-o', out]);
      expect(r.code).toBe(0);
      const svg = await readFile(out, 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      // resvg's XML parser is strict: this throws on a malformed document.
      expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
      const texts = svgTexts(svg);
      for (const label of SHORT[lang]) expect(texts, `axis label "${label}"`).toContain(label);
      expect(texts).toContain('Exampleville 2024');
      expect(texts).toContain('Exampleville 2026');
      // The benchmark's name in the radar's language (its file gives fr and es translations).
      expect(texts).toContain({ en: 'Example panel (fictional)', fr: 'Panel d’exemple (fictif)', es: 'Panel de ejemplo (ficticio)' }[lang]);
      const bands = { en: ['Developing', 'Advanced'], fr: ['En développement', 'Avancé'], es: ['En desarrollo', 'Avanzado'] }[lang];
      for (const band of bands) expect(texts).toContain(band);
      expect(texts).toContain(lang === 'en' ? '37.5\u00a0%' : '37,5\u00a0%'); // decimal comma in fr and es
      expect(texts).toContain('75\u00a0%');
      // The benchmark is dashed; the two series are not.
      expect(svg.match(/stroke-dasharray="6,4"/g)?.length).toBe(2); // its line and its legend sample
    });
  }

  it('keeps every label inside the picture (nothing clipped)', async () => {
    const out = join(dir, 'bounds.svg');
    await runCli(['radar', EX2026, '--lang', 'es', '-o', out, '--width', '480']);
    const svg = await readFile(out, 'utf8');
    const w = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const h = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(w).toBe(480);
    for (const m of svg.matchAll(/<text[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*>/g)) {
      const x = Number(m[1]);
      const y = Number(m[2]);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(w);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(h);
    }
  });

  it('writes a PNG with the bundled font (signature, size, width twice the SVG)', async () => {
    const out = join(dir, 'radar.png');
    const r = await runCli(['radar', EX2024, EX2026, '-b', 'example-panel', '-o', out]);
    expect(r.code).toBe(0);
    const png = await readFile(out);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1440); // IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(1000);
    expect(png.length).toBeGreaterThan(50_000); // text and lines drawn, not a blank page
  });

  it('escapes text from the files: a city called <script> stays text', async () => {
    const file = join(dir, 'evil.yaml');
    const text = (await readFile(EX2024, 'utf8')).replace(/^city: .*$/m, 'city: "<script>alert(1)</script>"');
    await writeFile(file, text);
    const out = join(dir, 'evil.svg');
    const r = await runCli(['radar', file, '-o', out]);
    expect(r.stderr).toBe('');
    const svg = await readFile(out, 'utf8');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('draws a not-scored commitment as a gap: the line is split, no point on that axis', async () => {
    const out = join(dir, 'gap.svg');
    await runCli(['radar', EX2024, '-o', out]);
    const svg = await readFile(out, 'utf8');
    // 2024 has no score for commitment 8: its line is two pieces (two "M" moves), and it has 8 points.
    const series = [...svg.matchAll(/<path d="(M[^"]*)"[^>]*stroke="#0072B2"/g)].map((m) => m[1] ?? '');
    expect(series).toHaveLength(1);
    expect(series[0]!.match(/M/g)?.length).toBe(2);
    expect(svg.match(/fill="#0072B2"/g)?.length).toBeGreaterThanOrEqual(8);
    expect(svgTexts(svg).some((t) => t.includes('not yet scored'))).toBe(true);
  });

  it('refuses a benchmark of another framework or unit (exit 1) and writes nothing', async () => {
    for (const bench of ['bench-other-framework.yaml', 'bench-mean-score.yaml']) {
      const out = join(dir, `refused-${bench}.svg`);
      const r = await runCli(['radar', EX2024, '-b', join(FIXTURES, bench), '-o', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/error benchmark-(framework|unit) /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses files of different frameworks on one radar (exit 1)', async () => {
    const r = await runCli(['radar', EX2024, DEMO_ACTIONS, '-o', join(dir, 'mixed.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/demo-actions-2025\.yaml:\d+:\d+ error framework-mismatch/);
  });

  it('usage errors exit 2: no -o, an unknown extension, a bad width', async () => {
    expect((await runCli(['radar', EX2024])).stderr).toContain('-o OUT.svg');
    expect((await runCli(['radar', EX2024])).code).toBe(2);
    const ext = await runCli(['radar', EX2024, '-o', join(dir, 'x.pdf')]);
    expect(ext.code).toBe(2);
    expect(ext.stderr).toContain('.svg or .png');
    expect((await runCli(['radar', EX2024, '-o', join(dir, 'x.svg'), '--width', 'wide'])).code).toBe(2);
    expect((await runCli(['radar', EX2024, '-o', join(dir, 'x.svg'), '--width', '300'])).code).toBe(2);
  });

  it('works from another directory with a copied file and a relative output', async () => {
    await copyFile(EX2026, join(dir, 'city.yaml'));
    const r = await runCli(['radar', 'city.yaml', '-o', 'out/radar.svg'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'radar.svg'))).toBe(true);
  });
});
