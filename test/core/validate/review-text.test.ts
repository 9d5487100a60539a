// A review file's texts checked where the problem is: a link that will stay
// text is reported on its own line and column (inside a block scalar, not on
// its key), each one once; a recommendation whose title is blank (in every
// language given) is an error, since the report would show an empty heading.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-review-text-');
});
afterAll(() => tmp.cleanup());

const REVIEW = `c21lab: review/1
language: en
summary: |
  First line is fine, with [a real link](https://example.org/a).

  Second [bad](javascript:alert(1)) and [again](javascript:alert(1)).
recommendations:
  - title: "  "
  - title: { fr: "", en: " " }
  - title: Good
    description: "Quoted [q](data:text/html,x)"
  - title: { fr: "", es: Bueno }
`;

async function validate(lang = 'en') {
  const file = join(tmp.dir, 'r.review.yaml');
  await writeFile(file, REVIEW);
  const r = await runCli(['--lang', lang, 'validate', file, '--format', 'json']);
  const doc = JSON.parse(r.stdout) as { files: { findings: { line: number; column: number; rule: string; severity: string; message: string }[] }[] };
  return { code: r.code, findings: doc.files[0]?.findings ?? [] };
}

describe('review texts', () => {
  it('places each unsafe link at its own line and column', async () => {
    const { findings } = await validate();
    const links = findings.filter((f) => f.rule === 'review-link').map((f) => [f.line, f.column, f.severity]);
    expect(links).toEqual([[6, 16, 'warning'], [6, 49, 'warning'], [11, 30, 'warning']]);
  });

  it('refuses a blank recommendation title, in every language given, and accepts one language given', async () => {
    const { code, findings } = await validate();
    expect(code).toBe(1);
    const titles = findings.filter((f) => f.rule === 'review-empty-title');
    expect(titles.map((f) => [f.line, f.column, f.severity])).toEqual([[8, 12, 'error'], [9, 12, 'error']]);
    expect(titles[0]?.message).toBe('recommendation 1 has no title: the report would show an empty heading; write one');
  });

  it.each([['fr', 'la recommandation 2 n’a pas de titre'], ['es', 'la recomendación 2 no tiene título']])('says so in %s', async (lang, text) => {
    const { findings } = await validate(lang);
    expect(findings.find((f) => f.rule === 'review-empty-title' && f.line === 9)?.message).toContain(text);
  });
});
