// One "did you mean" (core/suggest.ts) in one wording: the typo 33 for
// commitment 3 gets the same hint from validate, set and assess --commitment.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

let dir: string;
let good: string;
let typo: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'c21lab-dym-'));
  const text = await readFile(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8');
  good = join(dir, 'good.yaml');
  typo = join(dir, 'typo.yaml');
  await writeFile(good, text);
  expect(text).toContain('\n  "3":\n');
  await writeFile(typo, text.replace('\n  "3":\n', '\n  "33":\n'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the typo 33 for commitment 3', () => {
  for (const [lang, hint] of [['en', 'did you mean "3"?'], ['fr', 'vouliez-vous dire « 3 » ?'], ['es', '¿quiso decir «3»?']] as const) {
    it(`validate, set and assess --commitment give one hint (${lang})`, async () => {
      const validate = await runCli(['--lang', lang, 'validate', typo]);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toContain(hint);

      const set = await runCli(['--lang', lang, 'set', good, '33=5']);
      expect(set.code).toBe(1);
      expect(set.stderr).toContain(hint);
      expect(await readFile(good, 'utf8')).toBe(await readFile(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8'));

      const assess = await runCli(['--lang', lang, 'assess', good, '--commitment', '33']);
      expect(assess.code).toBe(2);
      expect(assess.stderr).toContain(hint);
    });
  }

  it('no hint when nothing is close', async () => {
    const r = await runCli(['--lang', 'en', 'assess', good, '--commitment', 'zzzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown commitment id "zzzz": framework "culture21-actions" has 1, 2, 3');
    expect(r.stderr).not.toContain('did you mean');
  });
});
