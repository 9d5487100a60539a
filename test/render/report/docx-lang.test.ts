// The Word report tags a text in another language than the report's with that
// language (w:lang), as the HTML does with `lang`: the assessment's title and
// the group's notes of a French assessment in an English report; none of it
// in a French report.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-docx-lang-');
});
afterAll(() => tmp.cleanup());

async function writeDocumentXml(lang: string): Promise<string> {
  const out = join(tmp.dir, `${lang}.docx`);
  expect((await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--lang', lang, '-o', out])).code).toBe(0);
  const zip = await JSZip.loadAsync(await readFile(out));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

// Every test reads one of two reports (the same file and options, in English or in French): each
// is written once, by the CLI, and read by all the tests of its language (the same run gives the same
// bytes: pdf-docx.test.ts).
const documents = new Map<string, Promise<string>>();
function documentXml(lang: string): Promise<string> {
  let xml = documents.get(lang);
  if (!xml) documents.set(lang, (xml = writeDocumentXml(lang)));
  return xml;
}

/** The run properties of the run holding `text`. */
function runOf(xml: string, text: string): string {
  const at = xml.indexOf(text);
  expect(at, text).toBeGreaterThan(-1);
  const run = xml.lastIndexOf('<w:r>', at);
  return xml.slice(run, at);
}

describe('Word report: passages in another language', () => {
  it('in English, tags the French title and notes fr-FR', async () => {
    const xml = await documentXml('en');
    expect(runOf(xml, 'Culture 21 LAB — Exampleville 2026 (deuxième LAB)')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'La nouvelle politique culturelle adoptée en 2025')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'How far everyone in the city can take part')).not.toContain('<w:lang');
  });

  it('in English, tags the French evidence (a link), recommendation title, owner, participants\' organisations; not the English role', async () => {
    const xml = await documentXml('en');
    expect(runOf(xml, 'Politique culturelle d&apos;Exampleville 2025-2030')).toContain('<w:lang w:val="fr-FR"/>');
    expect(xml).toMatch(/<w:hyperlink [^>]*>(?:(?!<\/w:hyperlink>).)*Politique culturelle d&apos;Exampleville/s);
    expect(runOf(xml, 'Bilan du pass culture, première année')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'Des rez-de-chaussée pour l&apos;économie culturelle')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'Chambre de commerce d&apos;Exampleville</w:t>')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'Association des habitants du quartier Nord')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'An energy-saving plan for three cultural venues')).not.toContain('<w:lang');
    expect(runOf(xml, 'Appointed expert (fictional)')).not.toContain('<w:lang');
  });

  it('in French, tags none of them', async () => {
    const xml = await documentXml('fr');
    expect(runOf(xml, 'La nouvelle politique culturelle adoptée en 2025')).not.toContain('<w:lang');
    expect(xml).not.toContain('<w:lang w:val="fr-FR"/>');
  });
});

describe('Word report: the charts\' alternative text', () => {
  it('states every value, as the SVG description does (the votes chart lists the votes; the radar names its table)', async () => {
    const xml = await documentXml('en');
    const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(alts).toHaveLength(2);
    expect(alts[0]).toMatch(/1\. Cultural rights 62\.5[\s\u00a0]%/);
    expect(alts[0]).toContain('Results by commitment');
    expect(alts[1]).toContain('1. Cultural rights: 5 × 3, 6 × 7, 7 × 2; agreed score 6.');
  });
});

describe('Word report: the framework\'s source note', () => {
  it('in French, tags the English titles it quotes en-GB', async () => {
    const xml = await documentXml('fr');
    expect(runOf(xml, 'Heritage, diversity and creativity')).toContain('<w:lang w:val="en-GB"/>');
    expect(runOf(xml, ' »). Les autres titres anglais')).not.toContain('<w:lang');
  });
});

describe('Word report: French typography', () => {
  it('writes the French colon (a space before it) after each label, as the catalog says', async () => {
    const xml = await documentXml('fr');
    expect(xml).toMatch(/>Ville[ \u00a0\u202f]: <\/w:t>/);
    expect(xml).toMatch(/>Engagements[ \u00a0\u202f]: <\/w:t>/);
    expect(xml).not.toContain('Ville: ');
  });
});
