// PDF and Word through the built CLI: golden files of their text content (the
// PDF's text through pdftotext from poppler-utils, the DOCX's from its
// word/document.xml), in three languages, plus what the text alone cannot
// show: A4 pages, a running header and "Page N of M" on every page, the radar
// as vector graphics, headings and tables as Word's own, and a deterministic
// .docx. The browser is found as the CLI finds it; skipped with a message only
// when there is none and CI is not set.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/render/pdf/browser.js';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const E2026 = join(EXAMPLES, 'exampleville-2026.yaml');
const E2024 = join(EXAMPLES, 'exampleville-2024.yaml');
const BROWSER = findBrowser({ env: process.env })?.path;
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
if ((!BROWSER || !PDFTOTEXT) && !process.env.CI) console.warn('pdf-docx.test.ts: PDF tests skipped — needs chromium and pdftotext (apt-get install -y chromium poppler-utils).');

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-pdf-docx-');
});
afterAll(() => tmp.cleanup());

/** Compares with a golden text file; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, text: string) {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
  expect(text === readFileSync(file, 'utf8'), `${name} differs (UPDATE_GOLDEN=1 regenerates it; review the diff)`).toBe(true);
}

/** The DOCX's paragraphs: the text of each <w:p>, one per line. */
function docxText(file: string, part = 'word/document.xml'): string {
  const xml = execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('')).filter((l) => l !== '').join('\n') + '\n';
}

/**
 * The PDF's text, page by page, each as `pdftotext -f N -l N` gives it (the page's text and a form feed):
 * one run over the whole file, which lays out each page on its own and ends each with a form feed.
 */
function pdfPages(file: string): string[] {
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
  expect(pages.pop(), 'the text ends with a form feed').toBe('');
  return pages.map((page) => `${page}\f`);
}

/** Each page's words with their boxes (its <page> element of `pdftotext -bbox`), from one run over the whole file. */
const pdfBoxes = (file: string) => [...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/<page [^>]*>[\s\S]*?<\/page>/g)].map((m) => m[0]);

/** The body text: words in order, the running header and the page footers taken out (pagination depends on the fonts). */
function bodyWords(text: string, header: string, pageOf: RegExp): string {
  return text.split('\n').filter((l) => l.trim() !== header && !pageOf.test(l.trim())).join(' ').replace(/\s+/g, ' ').trim() + '\n';
}

const PAGE_OF = { en: /^Page \d+ of \d+$/, fr: /^Page \d+ sur \d+$/, es: /^Página \d+ de \d+$/ } as const;
const HEADER = { en: 'Exampleville — May 14, 2026', fr: 'Exampleville — 14 mai 2026', es: 'Exampleville — 14 de mayo de 2026' } as const;

describe('report -o review.docx', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`Word in ${lang}: golden text, real headings and tables, the radar as an image, header and page numbers`, async () => {
      const out = join(tmp.dir, `review-${lang}.docx`);
      const r = await runCli(['report', E2026, '--compare', E2024, '--benchmark', 'example-panel', '--lang', lang, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
      golden(`report-exampleville-${lang}.docx.txt`, docxText(out));
      const xml = execFileSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      expect(xml).toContain('<w:tblHeader/>');
      expect((xml.match(/<pic:pic/g) ?? []).length).toBe(2); // radar and votes chart
      expect(xml).toContain(`descr="`);
      const list = execFileSync('unzip', ['-l', out], { encoding: 'utf8' });
      expect(list).toMatch(/word\/media\/\S+\.png/);
      expect(docxText(out, 'word/header1.xml').trim()).toBe(HEADER[lang]);
      const footer = execFileSync('unzip', ['-p', out, 'word/footer1.xml'], { encoding: 'utf8' });
      expect(footer).toContain('PAGE');
      expect(footer).toContain('NUMPAGES');
      // foreign passages carry their language (the French review in an English or Spanish report)
      if (lang !== 'fr') expect(xml).toContain('<w:lang w:val="fr-FR"/>');
    }, 60_000);
  }

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = join(tmp.dir, 'a.docx');
    const b = join(tmp.dir, 'b.docx');
    for (const f of [a, b]) expect((await runCli(['report', E2026, '-o', f])).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  }, 60_000);
});

describe.skipIf(!BROWSER || !PDFTOTEXT)('report -o review.pdf', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`PDF in ${lang}: golden text, A4, running header and "page N of M" on every page, vector radar`, async () => {
      const out = join(tmp.dir, `review-${lang}.pdf`);
      const r = await runCli(['report', E2026, '--compare', E2024, '--benchmark', 'example-panel', '--lang', lang, '-o', out], { env: { C21LAB_BROWSER: BROWSER } });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(3);
      const pageText = pdfPages(out);
      const pageBoxes = pdfBoxes(out);
      expect(pageText).toHaveLength(pages);
      expect(pageBoxes).toHaveLength(pages);
      for (let p = 1; p <= pages; p++) {
        const lines = pageText[p - 1]!.split('\n').map((l) => l.trim()).filter(Boolean);
        expect(lines, `page ${p}`).toContain(HEADER[lang]);
        expect(lines.some((l) => l === PAGE_OF[lang].source.replace(/\^|\$/g, '').replace('\\d+', String(p)).replace('\\d+', String(pages))) || lines.includes(`${lang === 'es' ? 'Página' : 'Page'} ${p} ${lang === 'en' ? 'of' : lang === 'fr' ? 'sur' : 'de'} ${pages}`), `page ${p} footer`).toBe(true);
      }
      // the running header is readable: its first word is at least 7 pt tall, inside the page's top margin, not at its edge
      const box = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Exampleville<\/word>/.exec(pageBoxes[0]!);
      expect(box, 'header word box').not.toBeNull();
      const [x, top, bottom] = [Number(box![1]), Number(box![2]), Number(box![3])];
      expect(bottom - top).toBeGreaterThanOrEqual(7);
      expect(top).toBeLessThan(50);
      expect(x).toBeGreaterThan(20);
      golden(`report-exampleville-${lang}.pdf.txt`, bodyWords(pageText.join(''), HEADER[lang], PAGE_OF[lang]));
      // no heading left alone at the foot of a page: the last body line of every page is not a heading of the report
      const html = (await runCli(['report', E2026, '--compare', E2024, '--benchmark', 'example-panel', '--lang', lang])).stdout;
      const headings = new Set([...html.matchAll(/<h[1-4][^>]*>([^<]+)<\/h[1-4]>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim()));
      expect(headings.size).toBeGreaterThan(10);
      const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
      const leads = [
        ...[...html.matchAll(/<p(?:\s[^>]*)?>((?:(?!<\/?p[\s>]).)*)<\/p>\s*<(?:table|figure|div class="columns")/gs)].map((m) => text(m[1] ?? '')),
        ...[...html.matchAll(/<p class="scoreline">((?:(?!<\/p>).)*)<\/p>/gs)].map((m) => text(m[1] ?? '')),
      ].filter((l) => l !== '');
      expect(leads.length).toBeGreaterThan(9);
      for (let p = 1; p <= pages; p++) {
        const body = pageText[p - 1]!.split('\n').map((l) => l.trim()).filter((l) => l && l !== HEADER[lang] && !PAGE_OF[lang].test(l));
        expect(headings.has(body.at(-1) ?? ''), `page ${p} ends with the heading "${body.at(-1)}"`).toBe(false);
        // nor with a sentence that introduces a table or chart, or a commitment's score line, cut from what follows
        const last = (body.at(-1) ?? '').replace(/\s+/g, ' ');
        expect(last === '' || !leads.some((lead) => lead.endsWith(last)), `page ${p} ends with a lead-in line "${last}"`).toBe(true);
      }
      // no half-empty page: every page but the last is written (text, or a chart's labels) below 60 % of its height
      // (a forced break before the annex left the votes chart alone above a blank half page)
      for (let p = 1; p < pages; p++) {
        const bbox = pageBoxes[p - 1]!;
        const bottoms = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
          .filter((m) => Number(m[1]) > 50 && Number(m[2]) < 790) // not the running header, not the page number
          .map((m) => Number(m[2]));
        expect(Math.max(...bottoms) / 841.92, `page ${p} of ${pages} is filled`).toBeGreaterThan(0.6);
      }
      // the votes chart stays with its heading and its caption, on one page
      const votesTitle = { en: 'Votes of the participants', fr: 'Votes des participants', es: 'Votos de los participantes' }[lang];
      const votesPage = pageText.find((t) => t.split('\n').some((l) => l.trim() === votesTitle));
      expect(votesPage, 'the page with the votes heading').toBeDefined();
      expect(votesPage).toMatch(/^Vot[eo]$/m); // the chart's axis title
      expect(votesPage!.replace(/\s+/g, ' ')).toContain({ en: 'Each circle is a vote', fr: 'Chaque cercle est un vote', es: 'Cada círculo es un voto' }[lang]);
      // the radar is drawn as vector paths, not an image: no image XObject in the file
      expect(execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' }).trim().split('\n').length).toBe(2); // header lines only
    }, 120_000);
  }
});

describe.skipIf(!BROWSER || !PDFTOTEXT)('report -o review.pdf, twice', () => {
  it('is deterministic: the same input gives the same bytes, dated as the Word file is (the review\'s date), not by the clock', async () => {
    const files = ['a.pdf', 'b.pdf', 'c.docx'].map((f) => join(tmp.dir, f));
    for (const f of files) {
      const r = await runCli(['report', E2026, '-o', f], { env: { C21LAB_BROWSER: BROWSER } });
      expect(r.code, r.stderr).toBe(0);
    }
    const [a, b, docx] = files as [string, string, string];
    expect(readFileSync(a).equals(readFileSync(b)), 'two prints of the same report differ').toBe(true);
    // exampleville-2026.review.yaml, beside it, is dated 2026-06-20; the PDF stays valid (same length, exact offsets)
    const info = spawnSync('pdfinfo', ['-isodates', a], { encoding: 'utf8' });
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/^CreationDate:\s+2026-06-20T00:00:00Z$/m);
    expect(info.stdout).toMatch(/^ModDate:\s+2026-06-20T00:00:00Z$/m);
    const core = execFileSync('unzip', ['-p', docx, 'docProps/core.xml'], { encoding: 'utf8' });
    expect(core).toContain('>2026-06-20T00:00:00Z</dcterms:created>');
  }, 120_000);
});

describe('report -o review.pdf without a browser', () => {
  it('exits 2 naming what to install and the HTML fallback, and writes nothing', async () => {
    const out = join(tmp.dir, 'none.pdf');
    const r = await runCli(['report', E2026, '--lang', 'en', '--browser', join(tmp.dir, 'no-such-browser'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--browser names');
    expect(r.stderr).toContain('-o review.html');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });
});
