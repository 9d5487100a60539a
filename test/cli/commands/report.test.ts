// `c21lab report` and `c21lab demo`, through the built CLI on real files.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';

const FIX = join(ROOT, 'test', 'fixtures', 'report');
const GOLDEN = join(ROOT, 'test', 'golden');
const E2026 = join(EXAMPLES, 'exampleville-2026.yaml');
const E2024 = join(EXAMPLES, 'exampleville-2024.yaml');
const ACTIONS = join(EXAMPLES, 'demo-actions-2025.yaml');
const HOSTILE = join(FIX, 'hostile.yaml');

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-report-');
});
afterAll(async () => {
  await tmp.cleanup();
});

async function report(args: string[], env?: Record<string, string>) {
  const r = await runCli(['report', ...args], { cwd: tmp.dir, ...(env ? { env } : {}) });
  return r;
}

const HEADINGS = {
  en: ['Participation', 'Radar', 'Results by commitment', 'Strengths and weaknesses', 'Commitment by commitment', 'Annex: participants', 'Methodology'],
  fr: ['Participation', 'Radar', 'Résultats par engagement', 'Forces et faiblesses', 'Engagement par engagement', 'Annexe : participants', 'Méthodologie'],
  es: ['Participación', 'Radar', 'Resultados por compromiso', 'Fortalezas y debilidades', 'Compromiso por compromiso', 'Anexo: participantes', 'Metodología'],
} as const;
const FOREIGN = { en: 'Méthodologie', fr: 'Methodology', es: 'Methodology' } as const;

describe('report: HTML and Markdown in three languages', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`HTML in ${lang} has localized headings, one inline radar and votes chart, no script and no external resource`, async () => {
      const out = join(tmp.dir, `r-${lang}.html`);
      const r = await report([E2026, '--lang', lang, '--benchmark', 'example-panel', '-o', out]);
      expect(r.stderr).toContain('r-' + lang + '.html');
      expect(r.code).toBe(0);
      const html = await readFile(out, 'utf8');
      expect(html).toContain(`<html lang="${lang}">`);
      for (const h of HEADINGS[lang]) expect(html).toContain(`<h2>${h}</h2>`);
      expect(html).not.toContain(`<h2>${FOREIGN[lang]}</h2>`);
      expect(html.match(/<svg /g)?.length).toBe(2);
      expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4/);
      expect(html).not.toMatch(/<script|<link |<img |\bsrc=|@import|url\(http/i);
      expect(html).toContain({ en: 'Example panel (fictional)', fr: 'Panel d’exemple (fictif)', es: 'Panel de ejemplo (ficticio)' }[lang]);
      expect(html).not.toContain(lang === 'en' ? 'Panel de ejemplo' : 'Example panel (fictional)');
    });

    it(`Markdown in ${lang} has localized headings and its SVG files beside it, linked relatively`, async () => {
      const dir = join(tmp.dir, `md-${lang}`);
      const r = await report([E2026, '--lang', lang, '-o', join(dir, 'report.md')]);
      expect(r.code).toBe(0);
      const md = await readFile(join(dir, 'report.md'), 'utf8');
      for (const h of HEADINGS[lang]) expect(md).toContain(`## ${h}`);
      expect(md).toContain('](report-radar.svg)');
      expect(md).toContain('](report-votes.svg)');
      expect((await readFile(join(dir, 'report-radar.svg'), 'utf8')).startsWith('<svg')).toBe(true);
      expect((await readFile(join(dir, 'report-votes.svg'), 'utf8')).startsWith('<svg')).toBe(true);
      expect(md).toContain(lang === 'en' ? 'No benchmark was used' : lang === 'fr' ? 'Aucune référence de comparaison n’a été utilisée' : 'En este informe no se usó');
    });
  }

  it("takes the file's language without --lang, before LANG", async () => {
    const r = await report([E2026], { LANG: 'es_ES.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<html lang="fr">'); // exampleville-2026 is a French LAB
    expect(r.stdout).toContain('<h2>Résultats par engagement</h2>');
  });

  it('writes HTML to stdout without -o, and refuses Markdown without a file', async () => {
    const r = await report([E2024]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const md = await report([E2024, '--format', 'md']);
    expect(md.code).toBe(2);
  });

  it('renders action-level results where the framework lists actions', async () => {
    const r = await report([ACTIONS, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<table class="actions">');
    expect(r.stdout).toContain('2.10 A yearly music day takes place in every district.');
    expect(r.stdout).toMatch(/<th scope="row">2.10[^<]*<\/th>\s*<td class="num">n\/a<\/td>/);
  });

  it('strengths and weaknesses without a benchmark are the highest and lowest percentages, in framework order on ties', async () => {
    const r = await report([E2026, '--lang', 'en']);
    const section = r.stdout.slice(r.stdout.indexOf('<section id="strengths">'), r.stdout.indexOf('<section id="details">'));
    const names = [...section.matchAll(/<strong>(\d)\./g)].map((m) => m[1]);
    // 2 (87.5) then 1, 3, 9 tie at 62.5: framework order keeps 1 and 3; lowest 4 and 5 (37.5), then 6 (50.0).
    expect(names).toEqual(['2', '1', '3', '4', '5', '6']);
  });
});

describe('report: golden files (UPDATE_GOLDEN=1 regenerates them)', () => {
  const args = [E2026, '--compare', E2024, '--benchmark', 'example-panel', '--lang', 'en'];
  for (const ext of ['html', 'md'] as const) {
    it(`report-exampleville.${ext} is byte-identical to the golden file`, async () => {
      const dir = join(tmp.dir, `golden-${ext}`);
      const out = join(dir, `report-exampleville.${ext}`);
      const r = await report([...args, '-o', out]);
      expect(r.code).toBe(0);
      const text = await readFile(out, 'utf8');
      const golden = join(GOLDEN, `report-exampleville.${ext}`);
      if (process.env.UPDATE_GOLDEN) await writeFile(golden, text);
      expect(text).toBe(await readFile(golden, 'utf8'));
    });
  }

  it('is deterministic: a second run, and the same file inside an --out-dir batch, give the same bytes', async () => {
    const a = await report([...args]);
    const b = await report([...args]);
    expect(a.stdout).toBe(b.stdout);
    const dir = join(tmp.dir, 'batch-det');
    const c = await report([E2024, ACTIONS, E2026, '--compare', E2024, '--benchmark', 'example-panel', '--lang', 'en', '--out-dir', dir]);
    expect(c.code).toBe(1); // demo-actions uses another framework: refused, the others are written
    expect(await readFile(join(dir, 'exampleville-2026.html'), 'utf8')).toBe(a.stdout);
  });
});

describe('report: text from the files is escaped', () => {
  it('HTML: no markup, script or javascript: link from the hostile fixture survives', async () => {
    const out = join(tmp.dir, 'hostile.html');
    const r = await report([HOSTILE, '-o', out]);
    expect(r.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).not.toMatch(/<script|<img|<iframe|<b |<svg onload|href="javascript|<pwned/i);
    expect(html).toContain('<title>Culture 21 LAB — &lt;script&gt;document.title=&#39;PWNED-city&#39;&lt;/script&gt;</title>');
    expect(html).toContain('<li>javascript:alert(1)</li>');
    expect(html).toContain('&lt;img src=x onerror=&quot;document.body.appendChild');
    // vega writes user text (the city as series label, a framework title as axis label) escaped
    expect(html).toContain('&lt;script&gt;document.title=\'PWNED-fw\'&lt;/script&gt;</text>');
    expect(html).toMatch(/&lt;script&gt;document.title='PWNED-city'&lt;\/script&gt; 2026<\/text>/);
    // quotes in an http(s) URL cannot break out of the attribute
    expect(html).toContain('href="https://example.org/a%22onmouseover=%22document.title=&#39;PWNED-href&#39;%22%3E%3Cscript%3Ealert(1)%3C/script%3E"');
    // template syntax in the data is not evaluated
    expect(html).toContain('{{ 7*7 }} {% raw %} ${7*7}');
  });

  it('Markdown: HTML is entity-escaped and Markdown links from text are neutralised', async () => {
    const out = join(tmp.dir, 'hostile-md', 'h.md');
    const r = await report([HOSTILE, '-o', out]);
    expect(r.code).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).not.toMatch(/<script|<img|<iframe|<svg|<b |(?<!\\)\]\(javascript/i);
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('Ada \\| \\*bold\\*');
    expect(md).toContain('- javascript:alert(1)');
    expect(md).toContain('[A real link](https://example.org/report%20%282025%29)');
    const svg = await readFile(join(tmp.dir, 'hostile-md', 'h-radar.svg'), 'utf8');
    expect(svg).not.toContain('<script');
  });
});

describe('report: --template with a folder of the user', () => {
  it('uses the overridden template and falls back to the bundled ones for the rest', async () => {
    const dir = join(tmp.dir, 'my-templates');
    await mkdir(join(dir, 'partials'), { recursive: true });
    await writeFile(
      join(dir, 'partials', 'methodology.html.njk'),
      '<section id="methodology"><h2>Our own method</h2><p>Written for {{ city }} by {{ facilitators | join(" & ") }}.</p></section>\n',
    );
    const r = await report([HOSTILE, '--template', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<h2>Our own method</h2>');
    expect(r.stdout).not.toContain('<h2>Methodology</h2>');
    expect(r.stdout).toContain('<h2>Results by commitment</h2>'); // bundled partial
    expect(r.stdout).toContain('<p>Written for &lt;script&gt;'); // still escaped in a user's template
  });

  it('reports a template error and a missing template folder as usage errors, without a stack', async () => {
    const dir = join(tmp.dir, 'bad-templates');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'report.html.njk'), '{% if %}broken');
    const r = await report([E2024, '--template', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('template error');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = await report([E2024, '--template', join(tmp.dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such template folder');
  });
});

describe('report: many files with --out-dir', () => {
  it('writes one report per file, named after each input, with no progress bar off a terminal', async () => {
    const dir = join(tmp.dir, 'many');
    const r = await report([E2026, E2024, ACTIONS, '--out-dir', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['demo-actions-2025.html', 'exampleville-2024.html', 'exampleville-2026.html']);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toContain('3 reports written');
    const md = join(tmp.dir, 'many-md');
    const m = await report([E2026, E2024, '--out-dir', md, '--format', 'md']);
    expect(m.code).toBe(0);
    expect((await readdir(md)).sort()).toEqual([
      'exampleville-2024-radar.svg', 'exampleville-2024-votes.svg', 'exampleville-2024.md',
      'exampleville-2026-radar.svg', 'exampleville-2026-votes.svg', 'exampleville-2026.md',
    ]);
  });

  it('a batch whose writes overlap the next drawing leaves on disk what writing each in turn leaves: stops at a write that fails, keeps going past a broken input', async () => {
    // The second report's name is taken by a folder: the first is written, the third never is.
    const dir = join(tmp.dir, 'many-blocked');
    await mkdir(join(dir, 'exampleville-2024.html'), { recursive: true });
    const r = await report([E2026, E2024, ACTIONS, '--out-dir', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exampleville-2024.html');
    expect((await readdir(dir)).sort()).toEqual(['exampleville-2024.html', 'exampleville-2026.html']);
    // A broken input is listed with its place and the others are all written (exit 1).
    const broken = join(tmp.dir, 'broken.yaml');
    await writeFile(broken, 'c21lab: assessment/1\ncity: [\n');
    const next = join(tmp.dir, 'many-broken');
    const b = await report([E2026, broken, E2024, '--out-dir', next, '--lang', 'en']);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expect((await readdir(next)).sort()).toEqual(['exampleville-2024.html', 'exampleville-2026.html']);
  });

  it('refuses several files without --out-dir, a bad extension, and -o with --out-dir', async () => {
    expect((await report([E2026, E2024])).code).toBe(2);
    expect((await report([E2026, '-o', join(tmp.dir, 'x.odt')])).code).toBe(2);
    expect((await report([E2026, '-o', 'a.html', '--out-dir', 'd'])).code).toBe(2);
  });

  it('refuses a benchmark of another framework with a located message (exit 1)', async () => {
    const r = await report([ACTIONS, '--benchmark', 'example-panel']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/example-panel.*:\d+:\d+/);
  });
});

describe('demo', () => {
  it('prints the score table and writes the radar, the PNG and both reports', async () => {
    const dir = join(tmp.dir, 'demo-out');
    const r = await runCli(['demo', dir], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exampleville 2026');
    expect(r.stdout).toMatch(/Heritage, diversity and creativity\s+8\.00\s+87\.5/);
    for (const f of ['radar.svg', 'radar.png', 'report.html', 'report.md', 'report-radar.svg', 'report-votes.svg']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
      expect(r.stdout).toContain(join('demo-out', f));
    }
    const png = await readFile(join(dir, 'radar.png'));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('Exampleville 2024'); // the --compare series
    expect(html).toContain('Example panel (fictional)');
  });

  it('defaults to ./c21lab-demo and speaks the language asked for', async () => {
    const { dir, cleanup } = await tempDir('c21lab-demo-');
    try {
      const r = await runCli(['demo', '--lang', 'es'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Archivos escritos:');
      const html = await readFile(join(dir, 'c21lab-demo', 'report.html'), 'utf8');
      expect(html).toContain('<h2>Resultados por compromiso</h2>');
    } finally {
      await cleanup();
    }
  });
});
