// The PDF's Creator and Producer name c21lab, not the browser's user agent
// or "Skia/PDF", and its CreationDate and ModDate are the report's date, not
// the time of the print (src/render/pdf/info.ts): checked on PDFs built here, whose
// every byte offset is known, and on a real print read back by poppler's
// pdfinfo, which also says nothing about a broken file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/render/pdf/browser.js';
import { pdfDate, setPdfInfo } from '../../../src/render/pdf/info.js';
import { startPrinter } from '../../../src/render/pdf/print.js';

const BROWSER = findBrowser({ env: process.env })?.path;
const PDFINFO = spawnSync('pdfinfo', ['-v']).status === 0;
const noSandbox = typeof process.getuid === 'function' && process.getuid() === 0;
const TMP = mkdtempSync(join(tmpdir(), 'c21lab-pdf-info-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** A one-page PDF with a classic cross-reference table, its Info dictionary written as given. */
function pdfWith(info: string, { infoRef = true } = {}): Buffer {
  const objects = [
    `<</Title (Report)\n${info}>>`,
    '<</Type /Catalog /Pages 3 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R${infoRef ? '\n/Info 1 0 R' : ''}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function pdfinfo(pdf: Uint8Array): { out: string; err: string } {
  const file = join(TMP, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr };
}

describe('setPdfInfo', () => {
  const skia = '/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n'
    + '/CreationDate (D:20261203132418+00\'00\')\n/ModDate (D:20261203132418+00\'00\')';

  it('overwrites the four values in place: same length, the title kept', () => {
    const before = pdfWith(skia);
    const after = Buffer.from(setPdfInfo(before, 'c21lab', '2026-05-14'));
    expect(after.length).toBe(before.length);
    const text = after.toString('latin1');
    expect(text).toContain('/Creator (c21lab)');
    expect(text).toContain('/Producer (c21lab)');
    expect(text).not.toMatch(/HeadlessChrome|Skia/);
    expect(text).toContain('/Title (Report)');
    expect(text).toMatch(/\/CreationDate \(D:20260514000000Z\) +\n\/ModDate \(D:20260514000000Z\) +>>/);
    expect(text).not.toContain('20261203');
  });

  it('writes a YYYY-MM-DD date at midnight UTC, and 2000-01-01 for anything else, as the Word file does', () => {
    expect(pdfDate('2026-05-14')).toBe('D:20260514000000Z');
    expect(pdfDate('')).toBe('D:20000101000000Z');
    expect(pdfDate('14 May 2026')).toBe('D:20000101000000Z');
  });

  it.skipIf(!PDFINFO)('gives a file pdfinfo reads without complaint, with c21lab as creator and producer', () => {
    const { out, err } = pdfinfo(setPdfInfo(pdfWith(skia), 'c21lab', '2024-03-02'));
    expect(err).toBe('');
    expect(out).toMatch(/^Creator:\s+c21lab$/m);
    expect(out).toMatch(/^Producer:\s+c21lab$/m);
    expect(out).toMatch(/^Title:\s+Report$/m);
    expect(out).toMatch(/^CreationDate:\s+.*2024/m);
    expect(out).toMatch(/^ModDate:\s+.*2024/m);
  });

  it('takes hex strings and nested parentheses as whole values', () => {
    const text = Buffer.from(setPdfInfo(pdfWith('/Creator <FEFF004D006F007A0069006C006C0061>\n/Producer (Skia (PDF) m156)'), 'c21lab', '2026-05-14')).toString('latin1');
    expect(text).toMatch(/\/Creator \(c21lab\) +\n\/Producer \(c21lab\) +>>/);
  });

  it('reads keys, not text that looks like one inside another value (a title "/Producer (…)")', () => {
    const pdf = pdfWith('/Author (LAB /Producer (A long producer name here) 2026)\n/Creator (Mozilla/5.0 HeadlessChrome)\n/Producer (Skia/PDF m156)');
    const text = Buffer.from(setPdfInfo(pdf, 'c21lab', '2026-05-14')).toString('latin1');
    expect(text).toContain('/Author (LAB /Producer (A long producer name here) 2026)');
    expect(text).toMatch(/\/Creator \(c21lab\) +\n/);
    expect(text).toMatch(/\/Producer \(c21lab\) +>>/);
    expect(text.length).toBe(pdf.length);
  });

  it('leaves a file it cannot change in place as it came', () => {
    for (const pdf of [pdfWith('/Creator (ab)\n/Producer (cd)'), pdfWith(skia, { infoRef: false }), Buffer.from('not a pdf')]) {
      expect(Buffer.from(setPdfInfo(pdf, 'c21lab', '2026-05-14')).equals(pdf)).toBe(true);
    }
  });
});

describe.skipIf(!BROWSER || !PDFINFO)('a printed report', () => {
  it('names c21lab as creator and producer, nowhere the browser', async () => {
    const printer = startPrinter({ browser: BROWSER as string, noSandbox, header: 'Exampleville', pageOf: '{page}/{pages}', lang: 'en' });
    const pdf = await printer.print('<!doctype html><html lang="en"><title>Review</title><p>Text</p></html>');
    const { out, err } = pdfinfo(pdf);
    expect(err).toBe('');
    expect(out).toMatch(/^Creator:\s+c21lab$/m);
    expect(out).toMatch(/^Producer:\s+c21lab$/m);
    expect(out).toMatch(/^Title:\s+Review$/m);
    expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/HeadlessChrome|Skia\/PDF|Mozilla\//);
  }, 60_000);
});
