// `report --compare`: the "what changed" paragraph says the change of the
// overall as `compare` shows it, the difference of the two rounded figures it
// says beside it. With commitment 7 n/a and 8 not scored in the 2026 example,
// the means over the seven commitments scored in both are 42.857… and 57.142…:
// shown as 42.9 and 57.1, so the change is +14.2 (not +14.3, the rounded
// difference of the unrounded means).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

const E2024 = join(EXAMPLES, 'exampleville-2024.yaml');

let tmp: { dir: string; cleanup: () => Promise<void> };
let lab: string;
beforeAll(async () => {
  tmp = await tempDir('c21lab-then-now-');
  const text = await readFile(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8');
  const edited = text.replace(/^( {2}"7":\n {4}score:) 5$/m, '$1 n/a').replace(/^( {2}"8":\n) {4}score: 5\n/m, '$1');
  expect(edited).toContain('"7":\n    score: n/a');
  expect(edited).not.toMatch(/"8":\n {4}score:/);
  lab = join(tmp.dir, 'lab.yaml');
  await writeFile(lab, edited);
});
afterAll(async () => {
  await tmp.cleanup();
});

describe('report --compare: the change said is the change compare shows', () => {
  it('compare: 42.9 → 57.1, +14.2', async () => {
    const r = await runCli(['compare', E2024, lab, '--format', 'json'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    const overall = (JSON.parse(r.stdout) as { overall: { percents: number[]; diffFirst: (number | null)[] } }).overall;
    expect(overall.percents).toEqual([42.9, 57.1]);
    expect(overall.diffFirst).toEqual([null, 14.2]);
  });

  it.each([
    ['en', 'went from 42.9\u00a0% to 57.1\u00a0% (+14.2 points)'],
    ['fr', 'est passée de 42,9\u00a0% à 57,1\u00a0% (+14,2 points)'],
    ['es', 'pasó de 42,9\u00a0% a 57,1\u00a0% (+14,2 puntos)'],
  ])('the report in %s says the same', async (lang, said) => {
    const out = join(tmp.dir, `r-${lang}.md`);
    const r = await runCli(['report', lab, '--compare', E2024, '--lang', lang, '-o', out], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toContain(said);
    expect(md).not.toContain('14,3');
    expect(md).not.toContain('14.3');
  });
});
