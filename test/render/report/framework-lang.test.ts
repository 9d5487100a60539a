// A framework that gives its titles and descriptions only in English is
// shown in English in a French report: each such passage carries lang="en"
// (HTML attribute, Markdown <span lang>, Word run language), and a report in
// the framework's own language marks none of it. (The assessment names the
// framework by a path inside its own folder, which is the run's directory.) The framework is the
// bundled fictional one with its French and Spanish texts taken out. Also:
// the Spanish word « equidad » the bundled framework's source note quotes is
// marked lang="es" in the English and French notes, in all three formats.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';

type Local = Record<string, string>;
interface Fw { title: Local; description?: Local; commitments: { title: Local; short?: Local; description?: Local; actions?: { title: Local }[] }[] }

let tmp: { dir: string; cleanup: () => Promise<void> };
let assessment: string;
beforeAll(async () => {
  tmp = await tempDir('c21lab-fw-lang-');
  const fw = parse(readFileSync(join(ROOT, 'data', 'examples', 'frameworks', 'fictional-actions.yaml'), 'utf8')) as Fw;
  const englishOnly = (t: Local | undefined) => (t ? { en: t.en as string } : undefined);
  fw.title = englishOnly(fw.title) as Local;
  for (const c of fw.commitments) {
    c.title = englishOnly(c.title) as Local;
    if (c.short) c.short = englishOnly(c.short) as Local;
    c.description = { en: `What commitment ${c.title.en} covers (fictional).` };
    for (const a of c.actions ?? []) a.title = englishOnly(a.title) as Local;
  }
  writeFileSync(join(tmp.dir, 'english-only.yaml'), stringify(fw));
  assessment = join(tmp.dir, 'ville.yaml');
  writeFileSync(assessment, [
    'c21lab: assessment/1', 'framework: ./english-only.yaml', 'city: Villefictive', 'date: 2026-05-14', 'language: fr',
    'commitments:', '  "1":', '    actions:', '      "1.1": { score: 4 }', '      "1.2": { score: 7 }', '  "2":', '    actions:', '      "2.1": { score: 6 }', '  "3": { score: 5 }', '',
  ].join('\n'));
});
afterAll(() => tmp.cleanup());

const FIRST = 'Libraries for everyone (fictional)';

describe('framework texts that fall back to English', () => {
  it('are marked lang="en" in a French HTML report', async () => {
    const r = await runCli(['report', assessment, '--lang', 'fr'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout;
    expect(html).toContain('<p class="kicker" lang="en">Demonstration framework (fictional)</p>');
    expect(html).toContain('<span lang="en">Demonstration framework (fictional)</span>'); // in the subtitle
    expect(html).toContain(`<h3 lang="en">1. ${FIRST}</h3>`);
    expect(html).toContain(`<p class="description" lang="en">What commitment ${FIRST} covers (fictional).</p>`);
    expect(html).toContain(`<th scope="row" lang="en">1. ${FIRST}</th>`);
    expect(html).toContain('<th scope="row" lang="en">1.1 Libraries open in the evening and at weekends.</th>');
    const methodology = html.slice(html.indexOf('<section id="methodology">'));
    expect(methodology).toMatch(/<p>[^<]*<span lang="en">Demonstration framework \(fictional\)<\/span>/);
  });

  it('are not marked in an English report', async () => {
    const r = await runCli(['report', assessment, '--lang', 'en'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/ lang="en"/g)).toEqual([' lang="en"']); // the page's own, on <html>
  });

  it('are marked in Markdown and in Word', async () => {
    const md = join(tmp.dir, 'ville.md');
    expect((await runCli(['report', assessment, '--lang', 'fr', '-o', md], { cwd: tmp.dir })).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain(`### <span lang="en">1\\. ${FIRST}</span>`);
    expect(text).toContain(`*<span lang="en">What commitment ${FIRST} covers (fictional).</span>*`);
    const docx = join(tmp.dir, 'ville.docx');
    expect((await runCli(['report', assessment, '--lang', 'fr', '-o', docx], { cwd: tmp.dir })).code).toBe(0);
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const heading = xml.split('<w:p>').find((p) => p.includes('w:val="Heading2"') && p.includes(FIRST)) ?? '';
    expect(heading).toMatch(/<w:lang w:val="en-[A-Z]{2}"\/>/);
  });
});

describe('« equidad » in the bundled framework\'s source note', () => {
  const E2026 = join(EXAMPLES, 'exampleville-2026.yaml');
  it.each([['en', '&quot;<span lang="es">equidad</span>&quot;'], ['fr', '« <span lang="es">equidad</span> »']])('is marked lang="es" in the %s HTML', async (lang, marked) => {
    const html = (await runCli(['report', E2026, '--lang', lang])).stdout;
    expect(html.slice(html.indexOf('<section id="methodology">'))).toContain(marked);
  });

  it('is not marked in the Spanish report, where it is the report\'s own language', async () => {
    const html = (await runCli(['report', E2026, '--lang', 'es'])).stdout;
    expect(html).toContain('«equidad»');
    expect(html.match(/ lang="es"/g)).toEqual([' lang="es"']);
  });

  it('is marked in Markdown and in Word', async () => {
    const md = join(tmp.dir, 'e.md');
    expect((await runCli(['report', E2026, '--lang', 'en', '-o', md])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('<span lang="es">equidad</span>');
    const docx = join(tmp.dir, 'e.docx');
    expect((await runCli(['report', E2026, '--lang', 'fr', '-o', docx])).code).toBe(0);
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(xml).toMatch(/<w:r><w:rPr><w:lang w:val="es-[A-Z]{2}"\/><\/w:rPr><w:t xml:space="preserve">equidad<\/w:t><\/w:r>/);
  });
});
