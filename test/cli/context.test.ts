// What the one command context (src/cli/context.ts) decides once for every
// command: the language of findings and summaries, and the exit code of a
// framework mismatch.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli } from '../helpers/cli.js';

const BAD = join(ROOT, 'test', 'fixtures', 'invalid', 'action-score-out-of-scale.yaml'); // language: en
const OTHER_FRAMEWORK = join(ROOT, 'test', 'fixtures', 'valid', 'actions-fictional-framework.yaml');
/** The finding lines (file:line:col severity rule message), without the closing summary. */
const findingLines = (stderr: string) => stderr.split('\n').filter((l) => /:\d+:\d+ /.test(l));

describe('one command context', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'c21lab-context-'));
    await cp(BAD, join(dir, 'bad.yaml'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('words the findings of report in --lang, as score does, on a file written in English', async () => {
    const score = await runCli(['--lang', 'fr', 'score', 'bad.yaml'], { cwd: dir });
    const report = await runCli(['--lang', 'fr', 'report', 'bad.yaml'], { cwd: dir });
    const english = await runCli(['report', 'bad.yaml'], { cwd: dir });
    expect(score.code).toBe(1);
    expect(report.code).toBe(1);
    expect(findingLines(report.stderr).length).toBeGreaterThan(0);
    expect(findingLines(report.stderr)).toEqual(findingLines(score.stderr));
    expect(findingLines(report.stderr)).not.toEqual(findingLines(english.stderr));
  });

  it("follows the file's language in validate's summary, as its findings do, unless --lang says otherwise", async () => {
    const spanishSystem = { LANG: 'es_ES.UTF-8' };
    const en = await runCli(['validate', 'bad.yaml'], { cwd: dir, env: spanishSystem });
    expect(en.code).toBe(1);
    const summary = (s: string) => s.trim().split('\n').at(-1) ?? '';
    const plain = await runCli(['validate', 'bad.yaml'], { cwd: dir });
    expect(summary(en.stderr)).toBe(summary(plain.stderr)); // English, the file's language, not the system's Spanish
    const fr = await runCli(['--lang', 'fr', 'validate', 'bad.yaml'], { cwd: dir, env: spanishSystem });
    expect(summary(fr.stderr)).not.toBe(summary(en.stderr));
  });

  it('makes a framework mismatch a located finding, exit 1, in report --compare as in compare', async () => {
    const file = join(EXAMPLES, 'exampleville-2026.yaml');
    const report = await runCli(['report', file, '--compare', OTHER_FRAMEWORK], { cwd: dir });
    const compare = await runCli(['compare', file, OTHER_FRAMEWORK], { cwd: dir });
    expect(compare.code).toBe(1);
    expect(report.code).toBe(1);
    expect(report.stderr).toMatch(/actions-fictional-framework\.yaml:\d+:\d+ error framework-mismatch/);
  });
});
