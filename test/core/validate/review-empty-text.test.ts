// An empty review text ("" or blank, or an empty entry of a per-language map)
// is a located warning in three languages, and the report shows no heading
// for it (null stays the silent "not written yet").
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-review-empty-');
});
afterAll(() => tmp.cleanup());

const REVIEW = [
  'c21lab: review/1', //                                       1
  'language: en', //                                           2
  'summary: ""', //                                            3
  'introduction: "   "', //                                    4
  'context: null', //                                          5
  'nextSteps: { en: Soon., fr: "" }', //                       6
  'acknowledgements: "\\u200b"', //                            7
  'authors:', //                                               8
  '  - name: A. Expert', //                                    9
  '    role: ""', //                                          10
  'commitments:', //                                          11
  '  "4": |', //                                              12
  '', //                                                      13
  'recommendations:', //                                      14
  '  - title: Measure three venues', //                       15
  '    owner: "  "', //                                       16
  '    description: { en: "", es: "" }', //                   17
  '  - title: { en: A plan, fr: " " }', //                    18
  '  - title: ""', //                                         19
  '',
].join('\n');

type Found = { line: number; column: number; rule: string; severity: string; message: string };

async function validate(lang: string, text = REVIEW): Promise<{ code: number | null; findings: Found[] }> {
  const file = join(tmp.dir, 'r.review.yaml');
  await writeFile(file, text);
  const r = await runCli(['--lang', lang, 'validate', file, '--format', 'json']);
  const doc = JSON.parse(r.stdout) as { files: { findings: Found[] }[] };
  return { code: r.code, findings: doc.files[0]?.findings ?? [] };
}

describe('empty review texts', () => {
  it('are warnings at the empty value, null is not, a blank title stays the title error', async () => {
    const { findings } = await validate('en');
    const empty = findings.filter((f) => f.rule === 'review-empty-text').map((f) => [f.line, f.column, f.severity]);
    expect(empty).toEqual([
      [3, 10, 'warning'], [4, 15, 'warning'], [6, 29, 'warning'], [7, 19, 'warning'], [10, 11, 'warning'],
      [12, 8, 'warning'], [16, 12, 'warning'], [17, 18, 'warning'], [18, 30, 'warning'],
    ]);
    expect(findings.filter((f) => f.rule === 'review-empty-title').map((f) => f.line)).toEqual([19]);
    const byLine = (n: number) => findings.find((f) => f.rule === 'review-empty-text' && f.line === n)?.message;
    expect(byLine(3)).toBe('"summary" is empty, so the report leaves it out: write the text, or write null until it is written');
    expect(byLine(6)).toBe('the "fr" text of "nextSteps" is empty, so a report in that language takes another of its texts: write it, or remove the entry');
    expect(byLine(17)).toContain('"description" is empty');
  });

  it('leave a review without other findings valid (exit 0) unless --strict', async () => {
    const text = 'c21lab: review/1\nlanguage: en\nsummary: ""\n';
    expect((await validate('en', text)).code).toBe(0);
    const file = join(tmp.dir, 'strict.review.yaml');
    await writeFile(file, text);
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout + strict.stderr).toMatch(/strict\.review\.yaml:3:10/);
  });

  it.each([
    ['fr', '« summary » est vide : le rapport l’omet', 'le texte « fr » de « nextSteps » est vide'],
    ['es', '«summary» está vacío: el informe lo omite', 'el texto «fr» de «nextSteps» está vacío'],
  ])('are worded in %s', async (lang, whole, entry) => {
    const { findings } = await validate(lang);
    expect(findings.find((f) => f.line === 3)?.message).toContain(whole);
    expect(findings.find((f) => f.line === 6)?.message).toContain(entry);
  });

  it('print no heading in the report, in HTML or Markdown', async () => {
    const assessment = join(tmp.dir, 'city.yaml');
    await writeFile(assessment, await readFile(join(EXAMPLES, 'exampleville-2026.yaml')));
    await writeFile(join(tmp.dir, 'city.review.yaml'), [
      'c21lab: review/1', 'language: en', 'summary: ""', 'introduction: "\\u200b"', 'context: "  "',
      'nextSteps: { en: "", fr: "  " }', 'acknowledgements: Thanks.', '',
    ].join('\n'));
    const html = join(tmp.dir, 'city.html');
    const md = join(tmp.dir, 'city.md');
    expect((await runCli(['report', assessment, '--lang', 'en', '-o', html])).code).toBe(0);
    expect((await runCli(['report', assessment, '--lang', 'en', '-o', md])).code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<section id="acknowledgements">');
    expect(page).not.toMatch(/id="(summary|introduction|next-steps)"/);
    const text = await readFile(md, 'utf8');
    expect(text).toMatch(/^## Acknowledgements$/m);
    expect(text).not.toMatch(/^## (Executive summary|Introduction|Next steps)$/m);
  });
});
