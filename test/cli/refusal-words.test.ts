// A file refused unread (here a FIFO) comes out of the core as a code
// (core/load.ts RefusedRead) and is worded by the CLI in the user's language,
// through every path a command reads by: the context's loader (score), an
// output batch (report --out-dir) and a plain read (set --answers).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

describe('a refused read, worded by the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'c21lab-refusal-'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    await cp(join(EXAMPLES, 'exampleville-2026.yaml'), join(dir, 'lab.yaml'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('score: a located finding in French, exit 1', async () => {
    const r = await runCli(['--lang', 'fr', 'score', 'pipe.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.yaml:1:1 .*un tube nommé \(FIFO\)/);
    expect(r.stderr).not.toMatch(/not-regular|regular file/);
  });

  it('report --out-dir: the refused file is listed with its worded finding; the other report is written', async () => {
    const r = await runCli(['--lang', 'es', 'report', 'lab.yaml', 'pipe.yaml', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.yaml:1:1 .*una tubería con nombre \(FIFO\)/);
    expect(r.stderr).not.toContain('not-regular');
    expect(existsSync(join(dir, 'out', 'lab.html'))).toBe(true);
  });

  it('set --answers: the plain read is worded too', async () => {
    const r = await runCli(['set', 'lab.yaml', '--answers', 'pipe.yaml'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a FIFO (named pipe), not a regular file');
    expect(r.stderr).not.toMatch(/: not-regular$/m);
  });
});

// A file with errors, or of the wrong kind, comes out of the core with its
// findings as codes (core/errors.ts InvalidFileError) and is worded by the
// CLI: the same English as before, French and Spanish under --lang.
describe('an invalid file, worded by the CLI', () => {
  const BENCH = 'test/fixtures/valid/benchmark.yaml';
  const WRONG = {
    en: [`${BENCH}:1:1 error wrong-kind expected "c21lab: assessment/1", found a benchmark`, `c21lab: ${BENCH} is not a valid assessment file`],
    fr: [`${BENCH}:1:1 error wrong-kind « c21lab: assessment/1 » est attendu, trouvé : une référence`, `c21lab: ${BENCH} n’est pas un fichier d’évaluation valable`],
    es: [`${BENCH}:1:1 error wrong-kind se espera «c21lab: assessment/1», se encontró una referencia`, `c21lab: ${BENCH} no es un archivo de evaluación válido`],
  };
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`the wrong kind of file, for score and report (${lang})`, async () => {
      for (const argv of [['score', BENCH], ['report', BENCH, '-o', '-']]) {
        const r = await runCli(['--lang', lang, ...argv]);
        expect(r.code).toBe(1);
        for (const line of WRONG[lang]) expect(r.stderr).toContain(`${line}\n`);
      }
    });
  }

  it('report --out-dir lists each invalid file with worded findings, never a code', async () => {
    const r = await runCli(['--lang', 'fr', 'report', 'test/fixtures/invalid/score-ten.yaml', BENCH, '--out-dir', join(tmpdir(), 'c21lab-never')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(WRONG.fr[0]);
    expect(r.stderr).toMatch(/score-ten\.yaml:\d+:\d+ error score-out-of-scale « 10 » n’est pas une note/);
    // A finding whose message is only its rule would be a code left unworded.
    expect(r.stderr).not.toMatch(/ error (\S+) \1$/m);
  });
});

describe('the core gives codes, not words', () => {
  it('loadAssessment refuses an invalid file with its findings as phrases and no sentence', async () => {
    const { loadAssessment } = await import('../../src/core/load.js');
    const { createContext } = await import('../../src/core/validate/index.js');
    const { InvalidFileError } = await import('../../src/core/errors.js');
    const error = await loadAssessment('test/fixtures/invalid/score-ten.yaml', createContext(join(import.meta.dirname, '..', '..'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFileError);
    const invalid = error as InstanceType<typeof InvalidFileError>;
    expect(invalid.message).toBe('test/fixtures/invalid/score-ten.yaml: invalid-assessment');
    expect(invalid.coded?.[0]?.phrase).toMatchObject({ values: 'scoreOutOfScale' });
    expect(invalid.findings.map((f) => f.message)).toEqual(invalid.findings.map((f) => f.rule));
  });
});
