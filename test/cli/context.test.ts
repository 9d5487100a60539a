// What the one command context (src/cli/context.ts) decides once for every
// command: the language of findings and summaries, and the exit code of a
// framework mismatch.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable, Writable } from 'node:stream';
import { createRunContext } from '../../src/cli/context.js';
import { makeStyle } from '../../src/cli/io.js';
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

  it('names a file as typed, `..` included, in every command (one shown-path rule)', async () => {
    const sub = join(dir, 'sub');
    await mkdir(sub, { recursive: true });
    const heads = [];
    for (const args of [['validate', '../bad.yaml'], ['validate', '..'], ['score', '../bad.yaml'], ['report', '../bad.yaml'], ['set', '../bad.yaml', '2=5']]) {
      const r = await runCli(args, { cwd: sub });
      expect(r.code, args.join(' ')).toBe(1);
      heads.push(...[...r.stdout.split('\n'), ...r.stderr.split('\n')].filter((l) => /:\d+:\d+ /.test(l)).map((l) => l.split(':')[0]));
    }
    expect(heads.length).toBeGreaterThan(4);
    expect(new Set(heads)).toEqual(new Set(['../bad.yaml']));
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

describe('ctx.writeOutput, the one output writer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'c21lab-output-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const contextIn = (cwd: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const stream = (into: string[]) => new Writable({ write: (c: Buffer, _e, cb) => (into.push(c.toString()), cb()) });
    const io = { stdout: stream(out), stderr: stream(err), stdin: Readable.from([]), env: {}, cwd };
    return { ctx: createRunContext(io, { verbose: false, color: false }, makeStyle(false)), out, err };
  };

  it('makes the folder, writes the file and says so on stderr, naming the path as typed', async () => {
    const { ctx, out, err } = contextIn(dir);
    await ctx.writeOutput('a/b/report.html', '<p>x</p>', { said: (shown) => `written: ${shown}` });
    expect(await readFile(join(dir, 'a', 'b', 'report.html'), 'utf8')).toBe('<p>x</p>');
    expect(err.join('')).toBe('written: a/b/report.html\n');
    expect(out.join('')).toBe('');
  });

  it('says it on stdout when told, and gives a new file the mode asked for', async () => {
    const { ctx, out } = contextIn(dir);
    await ctx.writeOutput(join(dir, 'secret.yaml'), 'a: 1\n', { said: (shown) => `ok ${shown}`, to: 'stdout', mode: 0o600, locked: true });
    expect(out.join('')).toBe('ok secret.yaml\n');
    expect((await stat(join(dir, 'secret.yaml'))).mode & 0o777).toBe(0o600 & ~process.umask());
  });

  it('takes `-` as stdout only where the command allows it', async () => {
    const { ctx, out, err } = contextIn(dir);
    await ctx.writeOutput('-', 'svg', { dash: true, said: () => 'never said' });
    expect(out.join('')).toBe('svg');
    expect(err.join('')).toBe('');
    expect(existsSync(join(dir, '-'))).toBe(false);
    await ctx.writeOutput('-', 'file');
    expect(await readFile(join(dir, '-'), 'utf8')).toBe('file');
  });

  it('keeps the old positional form (said, to)', async () => {
    const { ctx, out } = contextIn(dir);
    await ctx.writeOutput(join(dir, 'r.svg'), new Uint8Array([60, 115, 62]), (shown) => `w ${shown}`, 'stdout');
    expect(await readFile(join(dir, 'r.svg'), 'utf8')).toBe('<s>');
    expect(out.join('')).toBe('w r.svg\n');
  });
});
