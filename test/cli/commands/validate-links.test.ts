// Links among the paths `validate` is given or finds, as a pull request can
// commit them: a named folder (or a glob's base) that leads out of the
// repository is refused with one finding and never walked (a link to / once
// walked the runner's whole disk); a link to a folder of the repository is
// walked; an entry a scan or --changed-since lists that cannot be read (a
// link to nothing, a link loop) is a finding and the run goes on, while a
// file named on the command line that does not exist stays a usage error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';

const BASE = 'c21lab: assessment/1\nframework: culture21-actions\ncity: T\ndate: 2026-05-14\nlanguage: en\nfacilitators: [A]\ncommitments:\n  "1":\n    score: 6\n';
const DUPLICATE = BASE.replace('city: T\n', 'city: T\ncity: U\n');
const SECRET = 'secret-of-the-runner';

describe('validate and links', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let repo: string;
  let outside: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

  beforeAll(async () => {
    tmp = await tempDir();
    repo = join(tmp.dir, 'repo');
    outside = join(tmp.dir, 'outside');
    mkdirSync(join(outside, 'deep'), { recursive: true });
    writeFileSync(join(outside, `${SECRET}.yaml`), BASE);
    writeFileSync(join(outside, 'deep', `${SECRET}-2.yaml`), BASE);
    mkdirSync(join(repo, 'labs'), { recursive: true });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'labs', 'a.yaml'), DUPLICATE);
    symlinkSync(outside, join(repo, 'linked-out'));
    symlinkSync('/', join(repo, 'root'));
    symlinkSync('labs', join(repo, 'linked-in'));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('tag', 'base');
    git('checkout', '-q', '-b', 'feature');
    mkdirSync(join(repo, 'scan'));
    writeFileSync(join(repo, 'scan', 'a.yaml'), DUPLICATE);
    symlinkSync('nowhere.yaml', join(repo, 'scan', 'b.yaml'));
    symlinkSync('l2.yaml', join(repo, 'scan', 'l1.yaml'));
    symlinkSync('l1.yaml', join(repo, 'scan', 'l2.yaml'));
    git('add', 'scan');
    git('commit', '-q', '-m', 'links');
  });
  afterAll(() => tmp.cleanup());

  it('refuses a named folder that links out of the repository with one finding, never walking it', async () => {
    const r = await runCli(['validate', 'linked-out', 'labs'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^linked-out:1:1 error link-outside this path leads through a symbolic link out of /m);
    expect(r.stdout.match(/^linked-out/gm)).toHaveLength(1);
    expect(r.stdout).not.toContain(SECRET);
    expect(r.stdout).toMatch(/^labs\/a\.yaml:\d+:\d+ error duplicate-key /m);
  });

  it('never walks a named link to /, nor a glob whose base is one', { timeout: 20_000 }, async () => {
    const named = await runCli(['validate', 'root'], { cwd: repo });
    expect(named.code).toBe(1);
    expect(named.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^root:1:1 error link-outside /)]);
    const glob = await runCli(['validate', '--lang', 'fr', 'root/**/*.yaml'], { cwd: repo });
    expect(glob.code).toBe(1);
    expect(glob.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^root:1:1 error link-outside ce chemin mène, par un lien symbolique, hors de /)]);
    const inner = await runCli(['validate', 'linked-out/deep/*.yaml'], { cwd: repo });
    expect(inner.stdout).toMatch(/^linked-out\/deep:1:1 error link-outside /m);
    expect(inner.stdout).not.toContain(SECRET);
  });

  it('walks a named link to a folder of the repository', async () => {
    const r = await runCli(['validate', 'linked-in'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^linked-in\/a\.yaml:\d+:\d+ error duplicate-key /m);
  });

  it('reports a dangling link and a link loop found by a scan as findings, and goes on', async () => {
    const r = await runCli(['validate', 'scan'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^scan\/a\.yaml:\d+:\d+ error duplicate-key /m);
    expect(r.stdout).toMatch(/^scan\/b\.yaml:1:1 error unreadable-file this entry cannot be read \(ENOENT\)/m);
    expect(r.stdout).toMatch(/^scan\/l1\.yaml:1:1 error unreadable-file this entry cannot be read \(ELOOP\)/m);
    expect(r.stdout).toMatch(/^scan\/l2\.yaml:1:1 error unreadable-file /m);
    expect(r.stderr).toContain('4 files checked: 4 errors');
    const glob = await runCli(['validate', '--lang', 'es', 'scan/*.yaml'], { cwd: repo });
    expect(glob.code).toBe(1);
    expect(glob.stdout).toMatch(/^scan\/b\.yaml:1:1 error unreadable-file esta entrada no se puede leer \(ENOENT\)/m);
  });

  it('reports a committed dangling link listed by --changed-since as a finding', async () => {
    const r = await runCli(['validate', '--lang', 'fr', '--changed-since', 'base'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^scan\/b\.yaml:1:1 error unreadable-file cette entrée ne peut pas être lue \(ENOENT\)/m);
    expect(r.stdout).toMatch(/^scan\/a\.yaml:\d+:\d+ error duplicate-key /m);
  });

  it('keeps a named file that does not exist a usage error', async () => {
    const r = await runCli(['validate', 'scan/b.yaml'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('scan/b.yaml');
  });
});
