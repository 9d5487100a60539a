// Good practices: `practice new` writes a file that validates as written
// (through `c21lab validate` and straight against the schema with ajv);
// `practice render` renders it in en/fr/es, escaping every user text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
const FILE = 'practices/councils.yaml';
const EVIL = '<script>alert(1)</script>';

function schemaCheck(text: string): boolean {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'practice.schema.json'), 'utf8')) as object);
  const ok = validate(parse(text));
  if (!ok) console.error(validate.errors);
  return ok;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-practice-'));
});
afterAll(() => cleanup());

describe('c21lab practice new', () => {
  it('writes a commented file with the schema modeline that validates as written', async () => {
    const r = await runCli(['practice', 'new', FILE, '--title', `Councils ${EVIL}`, '--city', 'Testville', '--country', 'ZZ', '--year', '2026'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Good practice written to ${FILE}`);
    const text = readFileSync(join(dir, FILE), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/v1\/practice\.schema\.json$/);
    expect(text).toContain('c21lab: practice/1');
    expect(text).toContain('# What the practice set out to achieve');
    const data = parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({ title: `Councils ${EVIL}`, city: 'Testville', country: 'ZZ', year: 2026, language: 'en', framework: 'culture21-actions' });
    expect(schemaCheck(text)).toBe(true);
    const v = await runCli(['validate', FILE], { cwd: dir });
    expect(v.stdout + v.stderr).not.toMatch(/:\d+:\d+ (error|warning)/);
    expect(v.stderr).toContain('1 file checked: 0 errors');
    expect(v.code).toBe(0);
  });

  it('writes a title or city with line breaks on its own line, in double quotes, adding no key', async () => {
    const r = await runCli(['practice', 'new', 'lines.yaml', '--title', 'T\nsummary: x', '--city', 'C\n- y', '--country', 'FR', '--year', '2026'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'lines.yaml'), 'utf8');
    expect(text).toContain('title: "T\\nsummary: x"\n');
    expect(text).toContain('city: "C\\n- y"\n');
    expect(parse(text)).toMatchObject({ title: 'T\nsummary: x', city: 'C\n- y', summary: null });
    const v = await runCli(['validate', 'lines.yaml'], { cwd: dir });
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const again = await runCli(['practice', 'new', FILE, '--title', 'Other', '--city', 'Testville'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${FILE} already exists`);
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain(EVIL);
    const forced = await runCli(['practice', 'new', 'other.yaml', '--title', 'Other', '--city', 'Testville'], { cwd: dir });
    expect(forced.code).toBe(0);
    const over = await runCli(['practice', 'new', 'other.yaml', '--title', 'Replaced', '--city', 'Testville', '--force'], { cwd: dir });
    expect(over.code).toBe(0);
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toContain('title: Replaced');
  });

  it('names the file after the city, year and title when no file is given; comments follow --lang', async () => {
    const r = await runCli(['practice', 'new', '--title', 'Consejos culturales de barrio', '--city', 'Ciudad Ejemplo', '--year', '2025', '--lang', 'es'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'practices/ciudad-ejemplo-2025-consejos-culturales-de-barrio.yaml'), 'utf8');
    expect(text).toContain('language: es');
    expect(text).toContain('# Lo que la práctica quería lograr');
    expect(schemaCheck(text)).toBe(true);
  });

  it('without a terminal, asks for the missing --title / --city by exiting 2 with a hint', async () => {
    const r = await runCli(['practice', 'new', 'x.yaml', '--city', 'Testville'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('practice new needs --title');
    const bad = await runCli(['practice', 'new', 'x.yaml', '--title', 'T', '--city', 'C', '--country', 'France'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--country expects a two-letter');
  });
});

describe('c21lab practice render', () => {
  beforeAll(() => {
    // Fill in the new file as a person would, with hostile text everywhere.
    const path = join(dir, FILE);
    const text = readFileSync(path, 'utf8')
      .replace('summary:\n', `summary: "Summary *bold* ${EVIL} & [link](javascript:alert(1))"\n`)
      .replace('context:\n', 'context: |\n  First paragraph\n  same paragraph.\n\n  # Second paragraph, not a heading\n')
      .replace('goals:\n', `goals:\n  - "${EVIL}"\n  - 1. not a numbered list\n`)
      .replace('contacts:\n', `contacts:\n  - name: "Ana ${EVIL}"\n    email: ana@example.org\n`)
      .replace('commitments: []', 'commitments: [9, "1"]')
      .replace('sdgs: []', 'sdgs: [16, 11]')
      .replace('keywords: []', 'keywords: [participation]');
    writeFileSync(path, text);
  });

  it('renders HTML with every user text escaped and headings in the file\'s language', async () => {
    const r = await runCli(['practice', 'render', FILE, '-o', 'out/p.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out/p.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h2>Context</h2>');
    expect(html).toContain('<p>First paragraph\nsame paragraph.</p>');
    expect(html).toContain('<span class="tag">1 · Cultural rights</span><span class="tag">9 · Governance of culture</span>');
    expect(html).toContain('<span class="tag">SDG 11</span><span class="tag">SDG 16</span>');
    expect(r.stderr).toContain('Sections not written yet, left out of the output: Actions taken, Impact, Evaluation, Links');
    expect(html).not.toContain('<h2>Impact</h2>');
  });

  it('renders Markdown with Markdown and HTML escaped', async () => {
    const r = await runCli(['practice', 'render', FILE, '-o', 'out/p.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, 'out/p.md'), 'utf8');
    expect(md).not.toContain('<script>');
    expect(md).toContain('Summary \\*bold\\* &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\[link\\](javascript:alert(1))');
    expect(md).toContain('\\# Second paragraph, not a heading');
    expect(md).toContain('- 1\\. not a numbered list');
    expect(md).toContain('## Goals');
  });

  it('renders in French and Spanish with --lang, with no English heading left', async () => {
    const fr = await runCli(['practice', 'render', FILE, '-o', 'out/p.fr.html', '--lang', 'fr'], { cwd: dir });
    expect(fr.code).toBe(0);
    const frHtml = readFileSync(join(dir, 'out/p.fr.html'), 'utf8');
    expect(frHtml).toContain('<html lang="fr">');
    expect(frHtml).toContain('<h2>Contexte</h2>');
    expect(frHtml).toContain('Droits culturels');
    expect(frHtml).toContain('ODD 11');
    expect(fr.stderr).toContain('Sections pas encore rédigées');
    const es = await runCli(['practice', 'render', FILE, '-o', 'out/p.es.md', '--lang', 'es'], { cwd: dir });
    const esMd = readFileSync(join(dir, 'out/p.es.md'), 'utf8');
    expect(esMd).toContain('## Objetivos');
    expect(esMd).toContain('Derechos culturales');
    expect(esMd).toContain('ODS 16');
    for (const english of ['## Goals', '## Context\n', '## Contacts', '## Tags', 'Good practice', 'SDG ', 'Cultural rights']) {
      expect(esMd).not.toContain(english);
    }
    expect(es.code).toBe(0);
  });

  it('is deterministic', async () => {
    await runCli(['practice', 'render', FILE, '-o', 'out/a.html'], { cwd: dir });
    await runCli(['practice', 'render', FILE, '-o', 'out/b.html'], { cwd: dir });
    expect(readFileSync(join(dir, 'out/a.html'))).toEqual(readFileSync(join(dir, 'out/b.html')));
  });

  it('refuses an unknown commitment id, exit 1, at its line', async () => {
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, readFileSync(join(dir, FILE), 'utf8').replace('commitments: [9, "1"]', 'commitments: ["1", "12"]'));
    const r = await runCli(['practice', 'render', 'bad.yaml', '-o', 'out/bad.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ error unknown-commitment unknown commitment id "12"/);
  });

  it('refuses a wrong output extension or a missing -o, exit 2', async () => {
    expect((await runCli(['practice', 'render', FILE, '-o', 'out/p.pdf'], { cwd: dir })).code).toBe(2);
    const none = await runCli(['practice', 'render', FILE], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('-o OUT.html or -o OUT.md');
  });

  it('refuses a practice file that is not UTF-8 at its bad byte, as validate does, and writes no page', async () => {
    const text = readFileSync(join(EXAMPLES, 'practice-exampleville-neighbourhood-councils.yaml'), 'utf8');
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from(text), Buffer.from('x-note: "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]));
    const line = text.split('\n').length;
    const r = await runCli(['practice', 'render', 'latin1.yaml', '-o', 'latin1.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`latin1.yaml:${line}:13 error invalid-utf8`);
    expect(existsSync(join(dir, 'latin1.html'))).toBe(false);
  });

  it('validates and renders the bundled example practice', async () => {
    const file = join(EXAMPLES, 'practice-exampleville-neighbourhood-councils.yaml');
    expect(schemaCheck(readFileSync(file, 'utf8'))).toBe(true);
    expect((await runCli(['validate', file])).code).toBe(0);
    const r = await runCli(['practice', 'render', file, '-o', join(dir, 'example.html')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('not written yet');
    expect(readFileSync(join(dir, 'example.html'), 'utf8')).toContain('<h1>Neighbourhood culture councils</h1>');
  });
});
