// `review new` ends with the command that will use the review: beside the
// assessment, `report` finds it; written elsewhere with -o, the hint says
// --review FILE, since `report` alone would not find it (and the hint would be false).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-review-hint-');
  await writeFile(join(tmp.dir, 'lab.yaml'), await readFile(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8'));
});
afterAll(() => tmp.cleanup());

describe('review new: the next step it names works', () => {
  it('beside the assessment: report finds it, and does', async () => {
    const r = await runCli(['--lang', 'en', 'review', 'new', 'lab.yaml'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('"c21lab report lab.yaml -o review.html" (it finds the review beside the assessment)');
    expect(r.stderr).not.toContain('--review');
  });

  it.each([
    ['en', '"c21lab report lab.yaml --review texts/mine.yaml -o review.html"'],
    ['fr', '« c21lab report lab.yaml --review texts/mine.yaml -o relecture.html »'],
    ['es', '«c21lab report lab.yaml --review texts/mine.yaml -o revision.html»'],
  ])('elsewhere (%s): the hint gives --review FILE', async (lang, hint) => {
    const r = await runCli(['--lang', lang, 'review', 'new', 'lab.yaml', '-o', 'texts/mine.yaml', '--force'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(hint);
    const report = await runCli(['report', 'lab.yaml', '--review', 'texts/mine.yaml', '-o', 'out.html'], { cwd: tmp.dir });
    expect(report.code, report.stderr).toBe(0);
  });
});
