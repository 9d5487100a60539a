// `c21lab history` on a history a pull request controls, in a real git
// repository: a 70 MiB version is never read (git is asked its size first)
// and becomes the usual file-too-large entry while the other versions are
// scored; a version that is not an assessment is explained in the run's
// language (the core returns a code, the CLI's words word it), not English.
// Each version is read as `validate` reads a file, from its bytes: one that is
// not UTF-8 is a finding, where a decoded text would have hidden it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../../helpers/cli.js';
import { git, GIT_ENV } from '../../helpers/git-repo.js';
import { GitError, git as runGit } from '../../../src/core/git.js';

const BASE = 'c21lab: assessment/1\nframework: culture21-actions\ncity: T\ndate: 2026-05-14\nlanguage: en\nfacilitators: [A]\ncommitments:\n  "1":\n    score: 6\n';
const PAD = 70 * 1024 * 1024;

let root: string;
const env = { ...GIT_ENV };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c21lab-history-untrusted-'));
  git(root, 'init', '-q');
  writeFileSync(join(root, 'lab.yaml'), BASE);
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'first');
  writeFileSync(join(root, 'lab.yaml'), `${BASE}x-pad: "${'A'.repeat(PAD)}"\n`);
  git(root, 'commit', '-qam', 'padded');
  writeFileSync(join(root, 'lab.yaml'), readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'benchmark.yaml')));
  git(root, 'commit', '-qam', 'a benchmark');
  writeFileSync(join(root, 'lab.yaml'), BASE);
  git(root, 'commit', '-qam', 'back');
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Version { subject: string; status: string; problem?: { line: number; column: number; rule: string; message: string } }

describe('history of versions a pull request controls', () => {
  it('shows a 70 MiB version as file-too-large, without reading it, and scores the others', async () => {
    const r = await runCli(['history', 'lab.yaml', '--format', 'json'], { cwd: root, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { versions: Version[] };
    expect(doc.versions.map((v) => [v.subject, v.status])).toEqual([['first', 'ok'], ['padded', 'invalid'], ['a benchmark', 'invalid'], ['back', 'ok']]);
    const padded = doc.versions[1]!.problem!;
    expect(padded.rule).toBe('file-too-large');
    expect([padded.line, padded.column]).toEqual([1, 1]);
    expect(padded.message).toMatch(/^the file is \d+ bytes, more than the limit of 1048576 bytes/);
    expect(Number(/(\d+) bytes/.exec(padded.message)![1])).toBeGreaterThan(PAD);
  }, 60_000);

  it('explains a version that is not an assessment in the run\'s language', async () => {
    const fr = await runCli(['--lang', 'fr', 'history', 'lab.yaml'], { cwd: root, env });
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/: non noté : ligne 1:1 wrong-kind « c21lab: assessment\/1 » est attendu, trouvé : une référence/);
    expect(fr.stdout).toMatch(/: non noté : ligne 1:1 file-too-large le fichier fait \d+ octets/);
    expect(fr.stdout).not.toContain('not an assessment');
    const es = await runCli(['--lang', 'es', 'history', 'lab.yaml', '--format', 'json'], { cwd: root, env });
    const bench = (JSON.parse(es.stdout) as { versions: Version[] }).versions[2]!.problem!;
    expect(bench.rule).toBe('wrong-kind');
    expect(bench.message).toBe('se espera «c21lab: assessment/1», se encontró una referencia');
  }, 60_000);
});

describe('a version with no language of its own', () => {
  it('is explained in the language the history is shown in (its latest scored version\'s), without --lang', async () => {
    const fr = mkdtempSync(join(tmpdir(), 'c21lab-history-lang-'));
    try {
      const french = BASE.replace('language: en', 'language: fr');
      git(fr, 'init', '-q');
      writeFileSync(join(fr, 'lab.yaml'), french);
      git(fr, 'add', '.');
      git(fr, 'commit', '-qm', 'first');
      writeFileSync(join(fr, 'lab.yaml'), readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'benchmark.yaml')));
      git(fr, 'commit', '-qam', 'a benchmark');
      writeFileSync(join(fr, 'lab.yaml'), french);
      git(fr, 'commit', '-qam', 'back');
      const r = await runCli(['history', 'lab.yaml'], { cwd: fr, env: { ...env, LANG: 'C.UTF-8' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/: non noté : ligne 1:1 wrong-kind « c21lab: assessment\/1 » est attendu, trouvé : une référence/);
    } finally {
      rmSync(fr, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('git errors', () => {
  it('always carry a detail, even when git says nothing on stderr', async () => {
    // Output over the buffer (64 MiB) stops git with nothing on stderr: the message once ended in ": ".
    const error = await runGit(['cat-file', 'blob', 'HEAD~2:lab.yaml'], root, { env }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).detail).not.toBe('');
    expect((error as GitError).message).not.toMatch(/: $/);
  }, 60_000);
});

describe('versions read as validate reads a file', () => {
  it('finds a version that is not UTF-8, and follows a file renamed from a name with a line break in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c21lab-history-bytes-'));
    try {
      git(dir, 'init', '-q');
      writeFileSync(join(dir, 'old\nname.yaml'), BASE);
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'first');
      // A city in Latin-1: `git show` would hand over bytes a UTF-8 decoder turns into U+FFFD, silently.
      writeFileSync(join(dir, 'old\nname.yaml'), Buffer.concat([Buffer.from(BASE.replace('city: T', 'city: M')), Buffer.from('notes: "Caf\xe9"\n', 'latin1')]));
      git(dir, 'commit', '-qam', 'latin-1');
      git(dir, 'mv', 'old\nname.yaml', 'lab.yaml');
      git(dir, 'commit', '-qm', 'renamed');
      writeFileSync(join(dir, 'lab.yaml'), BASE.replace('score: 6', 'score: 7'));
      git(dir, 'commit', '-qam', 'rescored');
      const r = await runCli(['history', 'lab.yaml', '--format', 'json'], { cwd: dir, env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { versions: (Version & { path: string; percents?: (number | null)[] })[] };
      expect(doc.versions.map((v) => [v.subject, v.status, v.path])).toEqual([
        ['first', 'ok', 'old\nname.yaml'],
        ['latin-1', 'invalid', 'old\nname.yaml'],
        ['renamed', 'invalid', 'lab.yaml'], // the same Latin-1 bytes under the new name
        ['rescored', 'ok', 'lab.yaml'],
      ]);
      expect(doc.versions[1]!.problem).toMatchObject({ rule: 'invalid-utf8', line: 10, column: 12 }); // the é of `Café`
      expect(doc.versions.map((v) => v.percents?.[0])).toEqual([62.5, undefined, undefined, 75]); // 6 and 7 on the 1–9 scale
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('versions that hold no file', () => {
  it('a submodule (its commit here or not), a folder and a symbolic link are each said to be one, and the history goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c21lab-history-entries-'));
    try {
      git(dir, 'init', '-q');
      writeFileSync(join(dir, 'lab.yaml'), BASE);
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'first');
      const first = git(dir, 'rev-parse', 'HEAD').trim();
      // A gitlink at the path: to a commit this repository lacks (cat-file says `missing`), then to one it has.
      git(dir, 'update-index', '--force-remove', 'lab.yaml');
      git(dir, 'update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},lab.yaml`);
      git(dir, 'commit', '-qm', 'submodule elsewhere');
      git(dir, 'update-index', '--force-remove', 'lab.yaml');
      git(dir, 'update-index', '--add', '--cacheinfo', `160000,${first},lab.yaml`);
      git(dir, 'commit', '-qm', 'submodule here');
      // A link to a file outside the repository: stored as a blob of its target's path, never followed.
      git(dir, 'update-index', '--force-remove', 'lab.yaml');
      const target = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: '/etc/passwd', encoding: 'utf8' }).trim();
      git(dir, 'update-index', '--add', '--cacheinfo', `120000,${target},lab.yaml`);
      git(dir, 'commit', '-qm', 'symlink');
      git(dir, 'update-index', '--force-remove', 'lab.yaml');
      git(dir, 'add', 'lab.yaml'); // the working tree's file, untouched all along
      git(dir, 'commit', '-qm', 'back');
      const r = await runCli(['history', 'lab.yaml', '--format', 'json'], { cwd: dir, env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { versions: Version[] };
      expect(doc.versions.map((v) => [v.subject, v.status, v.problem?.rule])).toEqual([
        ['first', 'ok', undefined],
        ['submodule elsewhere', 'invalid', 'not-a-file'],
        ['submodule here', 'invalid', 'not-a-file'],
        ['symlink', 'invalid', 'not-a-file'],
        ['back', 'ok', undefined],
      ]);
      expect(doc.versions[1]!.problem!.message).toBe('this is a submodule (a commit of another repository), not a regular file: c21lab reads only regular files, and did not open it');
      expect(doc.versions[2]!.problem!.message).toBe(doc.versions[1]!.problem!.message);
      expect(doc.versions[3]!.problem!.message).toBe('this is a symbolic link, not a regular file: c21lab reads only regular files, and did not open it');
      const es = await runCli(['--lang', 'es', 'history', 'lab.yaml'], { cwd: dir, env });
      expect(es.code).toBe(0);
      expect(es.stdout).toMatch(/esto es un submódulo \(un commit de otro repositorio\), no un archivo normal/);
      expect(es.stdout).toMatch(/esto es un enlace simbólico, no un archivo normal/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a submodule at a path with a line break in it is not-a-file too, and the versions after it are read as theirs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c21lab-history-entries-nl-'));
    try {
      const name = 'a\nb.yaml';
      git(dir, 'init', '-q');
      writeFileSync(join(dir, name), BASE);
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'first');
      git(dir, 'update-index', '--force-remove', name);
      git(dir, 'update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},${name}`);
      git(dir, 'commit', '-qm', 'submodule');
      git(dir, 'update-index', '--force-remove', name);
      git(dir, 'add', name);
      git(dir, 'commit', '-qm', 'back');
      writeFileSync(join(dir, name), BASE.replace('score: 6', 'score: 7'));
      git(dir, 'commit', '-qam', 'rescored');
      const r = await runCli(['history', name, '--format', 'json'], { cwd: dir, env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { versions: (Version & { percents?: (number | null)[] })[] };
      expect(doc.versions.map((v) => [v.subject, v.status, v.problem?.rule, v.percents?.[0]])).toEqual([
        ['first', 'ok', undefined, 62.5],
        ['submodule', 'invalid', 'not-a-file', undefined],
        ['back', 'ok', undefined, 62.5],
        ['rescored', 'ok', undefined, 75],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
