// Every part of a review reaches every bundled output (HTML, Markdown, Word;
// the PDF prints the HTML): each part of this review carries its own marker
// word, and each marker must be found in each output, in the report's order.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

const REVIEW = `c21lab: review/1
language: en
date: 2026-07-01
kind: recommendations
authors:
  - name: Partauthor Name
    role: Partrole
summary: Partsummary text.
introduction: Partintroduction text.
context: Partcontext text.
commitments:
  "4": Partsynthesis text.
whatChanged: Partwhatchanged text.
recommendations:
  - title: Parttitle
    commitments: ["4"]
    owner: Partowner
    timeframe: Parttimeframe
    description: Partdescription text.
nextSteps: Partnextsteps text.
acknowledgements: Partacknowledgements text.
`;
/** In the report's order (the cover first, the acknowledgements after the annex). */
const PARTS = ['Partauthor', 'Partrole', 'July 1, 2026', 'Partsummary', 'Partintroduction', 'Partcontext', 'Partwhatchanged', 'Partsynthesis',
  'Parttitle', 'Partowner', 'Parttimeframe', 'Partdescription', 'Partnextsteps', 'Partacknowledgements'];

let tmp: { dir: string; cleanup: () => Promise<void> };
let review: string;
beforeAll(async () => {
  tmp = await tempDir('c21lab-review-parts-');
  review = join(tmp.dir, 'parts.review.yaml');
  await writeFile(review, REVIEW);
});
afterAll(() => tmp.cleanup());

async function output(ext: string): Promise<string> {
  const out = join(tmp.dir, `parts.${ext}`);
  const r = await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--compare', join(EXAMPLES, 'exampleville-2024.yaml'), '--review', review, '--lang', 'en', '-o', out]);
  expect(r.code, r.stderr).toBe(0);
  if (ext !== 'docx') return readFile(out, 'utf8');
  return execFileSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/<[^>]+>/g, '');
}

describe('every part of the review, in every bundled output', () => {
  it.each(['html', 'md', 'docx'])('%s places each part once the report reaches it, in order', async (ext) => {
    const text = await output(ext);
    const at = PARTS.map((p) => text.indexOf(p));
    expect(Object.fromEntries(PARTS.map((p, i) => [p, at[i]! >= 0]))).toEqual(Object.fromEntries(PARTS.map((p) => [p, true])));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Recommendations');
    expect(text).not.toContain('Written by c21lab from the figures'); // the review's whatChanged replaces the generated paragraph
  });
});
