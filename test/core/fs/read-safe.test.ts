// Reading untrusted files (issue 8): a link to /dev/zero, a FIFO and a link
// out of the repository are refused unread, with the same finding, whether
// the file is found by a glob, by a directory scan, named, listed by
// --changed-since, or named as a framework; the target's content never
// appears. Every run here would hang or print the secret if the refusal broke.
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { isInside, readSafe } from '../../../src/core/fs/read-safe.js';
import { relative, isAbsolute } from 'node:path';

const SECRET = 'SECRET-OF-THE-RUNNER';
const ASSESSMENT = (framework = 'culture21-actions') =>
  `c21lab: assessment/1\nframework: ${framework}\ncity: Testville\ndate: 2026-01-01\nlanguage: en\n`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

describe('files that are not regular files, or lead out of the repository', () => {
  let outside: Awaited<ReturnType<typeof tempDir>>;
  let repo: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    outside = await tempDir('c21lab-outside-');
    writeFileSync(join(outside.dir, 'secret.yaml'), `c21lab: assessment/1\n${SECRET}: 1\n`);
    repo = await tempDir('c21lab-repo-');
    const d = repo.dir;
    git(d, 'init', '-q');
    writeFileSync(join(d, 'ok.yaml'), ASSESSMENT());
    git(d, 'add', 'ok.yaml');
    git(d, 'commit', '-qm', 'start');
    mkdirSync(join(d, 'labs'));
    symlinkSync('/dev/zero', join(d, 'labs', 'zero.yaml'));
    execFileSync('mkfifo', [join(d, 'labs', 'fifo.yaml')]);
    symlinkSync(join(outside.dir, 'secret.yaml'), join(d, 'labs', 'out.yaml'));
    symlinkSync(outside.dir, join(d, 'labs', 'linked-folder')); // never entered
    writeFileSync(join(d, 'labs', 'fine.yaml'), ASSESSMENT());
    symlinkSync('/dev/zero', join(d, 'fw-zero.yaml'));
    symlinkSync('/dev/zero', join(d, 'labs', 'dev-in-repo.yaml.txt')); // not YAML by name: never listed
    execFileSync('mkfifo', [join(d, 'fw-fifo.yaml')]);
    symlinkSync(join(outside.dir, 'secret.yaml'), join(d, 'fw-out.yaml'));
    writeFileSync(join(d, 'uses-zero.yaml'), ASSESSMENT('fw-zero.yaml'));
    writeFileSync(join(d, 'uses-fifo.yaml'), ASSESSMENT('fw-fifo.yaml'));
    writeFileSync(join(d, 'uses-out.yaml'), ASSESSMENT('fw-out.yaml'));
  });
  afterAll(async () => {
    await repo.cleanup();
    await outside.cleanup();
  });

  const expectRefusals = (stdout: string, fifo = true) => {
    expect(stdout).toMatch(/^labs\/zero\.yaml:1:1 error not-a-file this is a device, not a regular file/m);
    if (fifo) expect(stdout).toMatch(/^labs\/fifo\.yaml:1:1 error not-a-file this is a FIFO \(named pipe\), not a regular file/m);
    expect(stdout).toMatch(/^labs\/out\.yaml:1:1 error link-outside this path leads through a symbolic link out of /m);
    expect(stdout).not.toContain(SECRET);
    expect(stdout).not.toContain('linked-folder');
  };

  it('in a glob', async () => {
    const r = await runCli(['validate', 'labs/**/*.yaml'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expectRefusals(r.stdout);
    expect(r.stderr).toContain('4 files checked: 3 errors');
  });

  it('in a directory scan', async () => {
    const r = await runCli(['validate', 'labs'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expectRefusals(r.stdout);
  });

  it('named on the command line, in the user\'s language', async () => {
    const r = await runCli(['validate', 'labs/zero.yaml', 'labs/fifo.yaml', 'labs/out.yaml', 'labs/fine.yaml'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expectRefusals(r.stdout);
    const fr = await runCli(['validate', '--lang', 'fr', 'labs/fifo.yaml'], { cwd: repo.dir });
    expect(fr.stdout).toContain('not-a-file c’est un tube nommé (FIFO), pas un fichier ordinaire');
  });

  it('listed by --changed-since (git lists links, never FIFOs)', async () => {
    const r = await runCli(['validate', '--changed-since', 'HEAD', '.'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expectRefusals(r.stdout, false);
  });

  it('as a framework path', async () => {
    const r = await runCli(['validate', 'uses-zero.yaml', 'uses-fifo.yaml', 'uses-out.yaml'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    // A link to /dev/zero leads out of the repository before it is a device.
    expect(r.stdout).toMatch(/^uses-zero\.yaml:2:12 error framework-outside /m);
    expect(r.stdout).toMatch(/^uses-fifo\.yaml:2:12 error not-a-file framework "fw-fifo\.yaml": this is a FIFO/m);
    expect(r.stdout).toMatch(/^uses-out\.yaml:2:12 error framework-outside /m);
    expect(r.stdout).not.toContain(SECRET);
  });

  it('by every other command that reads a file, with the same finding', async () => {
    for (const [args, rule] of [[['score', 'labs/fifo.yaml'], 'not-a-file'], [['radar', 'labs/zero.yaml', '-o', 'x.svg'], 'not-a-file'], [['set', 'labs/out.yaml', '1=5'], 'link-outside']] as const) {
      const r = await runCli([...args], { cwd: repo.dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr + r.stdout).toMatch(new RegExp(`${args[1].replace('.', '\\.')}:1:1 error ${rule} `));
      expect(r.stderr + r.stdout).not.toContain(SECRET);
    }
  });
});

describe('readSafe', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.cleanup());

  it('reads at most the limit + 1 byte and says how large the file is', () => {
    writeFileSync(join(tmp.dir, 'big.yaml'), Buffer.alloc(5000, 0x61));
    const r = readSafe(join(tmp.dir, 'big.yaml'), { maxBytes: 1000 });
    expect(r).toMatchObject({ ok: false, problem: 'too-large', size: 5000, max: 1000 });
    if (!r.ok && r.problem === 'too-large') expect(r.head.length).toBe(1001);
    expect(readSafe(join(tmp.dir, 'big.yaml'), { maxBytes: 5000 })).toMatchObject({ ok: true });
  });

  it('refuses /dev/zero, a directory and a missing file, each with its reason', () => {
    expect(readSafe('/dev/zero', { maxBytes: 10 })).toEqual({ ok: false, problem: 'not-regular', type: 'device' });
    expect(readSafe(tmp.dir, { maxBytes: 10 })).toEqual({ ok: false, problem: 'not-regular', type: 'directory' });
    expect(readSafe(join(tmp.dir, 'none.yaml'), { maxBytes: 10 })).toEqual({ ok: false, problem: 'missing' });
  });

  it('follows a link only when its real target lies inside the allowed folders', () => {
    mkdirSync(join(tmp.dir, 'repo'));
    writeFileSync(join(tmp.dir, 'target.yaml'), 'a: 1\n');
    symlinkSync(join(tmp.dir, 'target.yaml'), join(tmp.dir, 'repo', 'link.yaml'));
    expect(readSafe(join(tmp.dir, 'repo', 'link.yaml'), { maxBytes: 100, within: [join(tmp.dir, 'repo')] })).toMatchObject({ ok: false, problem: 'outside' });
    expect(readSafe(join(tmp.dir, 'repo', 'link.yaml'), { maxBytes: 100, within: [tmp.dir] })).toMatchObject({ ok: true });
  });

  it('judges a file by where it really is when a folder on its path is a link (the descriptor is asked, not the path)', () => {
    mkdirSync(join(tmp.dir, 'repo2'));
    mkdirSync(join(tmp.dir, 'elsewhere'));
    writeFileSync(join(tmp.dir, 'elsewhere', 'secret.yaml'), 'a: 1\n');
    symlinkSync(join(tmp.dir, 'elsewhere'), join(tmp.dir, 'repo2', 'folder'));
    const viaLink = join(tmp.dir, 'repo2', 'folder', 'secret.yaml');
    expect(readSafe(viaLink, { maxBytes: 100, within: [join(tmp.dir, 'repo2')] })).toEqual({ ok: false, problem: 'outside', root: join(tmp.dir, 'repo2') });
    const inside = readSafe(viaLink, { maxBytes: 100, within: [tmp.dir] });
    expect(inside).toMatchObject({ ok: true, realPath: realpathSync(join(tmp.dir, 'elsewhere', 'secret.yaml')) });
  });

  it('refuses unread, without the stat, what was listed as a file and is no longer one (listedAsFile: the descriptor is checked)', () => {
    execFileSync('mkfifo', [join(tmp.dir, 'swapped.yaml')]);
    expect(readSafe(join(tmp.dir, 'swapped.yaml'), { maxBytes: 10, listedAsFile: true })).toEqual({ ok: false, problem: 'not-regular', type: 'fifo' });
    expect(readSafe('/dev/zero', { maxBytes: 10, listedAsFile: true })).toEqual({ ok: false, problem: 'not-regular', type: 'device' });
    expect(readSafe(join(tmp.dir, 'gone.yaml'), { maxBytes: 10, listedAsFile: true })).toEqual({ ok: false, problem: 'missing' });
    expect(readSafe(join(tmp.dir, 'repo', 'link.yaml'), { maxBytes: 100, within: [join(tmp.dir, 'repo')], listedAsFile: true })).toMatchObject({ ok: false, problem: 'outside' });
    expect(readSafe(join(tmp.dir, 'repo2', 'folder', 'secret.yaml'), { maxBytes: 100, within: [join(tmp.dir, 'repo2')], listedAsFile: true })).toMatchObject({ ok: false, problem: 'outside' });
    expect(readSafe(join(tmp.dir, 'target.yaml'), { maxBytes: 100, within: [tmp.dir], listedAsFile: true })).toMatchObject({ ok: true });
  });

  it('isInside answers as path.relative does, on plain and odd paths alike', () => {
    const asRelative = (child: string, parent: string) => {
      const rel = relative(parent, child);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    };
    const parents = ['/', '/a', '/a/b', '/a/b/', '/a/./b', '/a/b/..', '/a//b', '/ab'];
    const children = ['/a', '/a/b', '/a/b/c', '/a/bc', '/a/b/../../etc', '/a/b/..c/d', '/a/b/.hidden', '/a/b//c', '/a/b/c/', '/ab/c', '/', '/etc/passwd', 'a/b'];
    for (const parent of parents) for (const child of children) expect(isInside(child, parent), `${child} in ${parent}`).toBe(asRelative(child, parent));
  });
});
