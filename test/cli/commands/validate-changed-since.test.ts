// --changed-since REF in a real temporary git repository: committed changes
// on the branch, staged, unstaged and untracked files count; unchanged and
// deleted files do not; outside git, with an unknown ref, or with a git that
// never answers, exit 2.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { fakeGit } from '../../helpers/fake-git.js';

const ok = (city: string) =>
  ['c21lab: assessment/1', 'framework: culture21-actions', `city: ${city}`, 'date: 2026-05-14', 'language: en', 'commitments:',
    ...Array.from({ length: 9 }, (_, i) => `  "${i + 1}": { score: 5 }`), ''].join('\n');

describe('--changed-since', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

  beforeAll(async () => {
    tmp = await tempDir();
    repo = join(tmp.dir, 'repo');
    mkdirSync(join(repo, 'assessments'), { recursive: true });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'assessments', 'unchanged.yaml'), ok('Unchanged'));
    writeFileSync(join(repo, 'assessments', 'committed.yaml'), ok('Committed'));
    writeFileSync(join(repo, 'assessments', 'staged.yaml'), ok('Staged'));
    writeFileSync(join(repo, 'assessments', 'deleted.yaml'), ok('Deleted'));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('tag', 'base');
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'assessments', 'committed.yaml'), ok('Committed').replace('score: 5 }', 'score: 0 }'));
    git('commit', '-q', '-am', 'change');
    writeFileSync(join(repo, 'assessments', 'staged.yaml'), ok('Staged changed'));
    git('add', 'assessments/staged.yaml');
    rmSync(join(repo, 'assessments', 'deleted.yaml'));
    writeFileSync(join(repo, 'assessments', 'untracked.yaml'), ok('Untracked'));
  });
  afterAll(() => tmp.cleanup());

  it('checks only the files changed since the ref (committed, staged, untracked), not unchanged or deleted ones', async () => {
    const r = await runCli(['validate', '--format', 'json', '--changed-since', 'base'], { cwd: repo });
    const out = JSON.parse(r.stdout) as { files: { file: string; errors: number }[] };
    expect(out.files.map((f) => f.file)).toEqual(['assessments/committed.yaml', 'assessments/staged.yaml', 'assessments/untracked.yaml']);
    expect(out.files[0]!.errors).toBe(1);
    expect(r.code).toBe(1);
  });

  it('restricts the given paths, from a subdirectory too', async () => {
    const r = await runCli(['validate', '--format', 'json', '--changed-since', 'base', 'staged.yaml', 'unchanged.yaml'], { cwd: join(repo, 'assessments') });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { file: string }[] };
    expect(out.files.map((f) => f.file)).toEqual(['staged.yaml']);
  });

  it('nothing changed is a pass, not an error', async () => {
    const r = await runCli(['validate', '--changed-since', 'HEAD', 'assessments/unchanged.yaml'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 files checked');
  });

  it('an unknown ref: exit 2 with a clear message', async () => {
    const r = await runCli(['validate', '--changed-since', 'no-such-branch'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--changed-since: git does not know the ref "no-such-branch"');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('a ref that looks like an option is refused, not passed to git', async () => {
    const r = await runCli(['validate', '--changed-since=--output=/tmp/x'], { cwd: repo });
    expect(r.code).toBe(2);
  });

  it('outside a git repository: exit 2 with a clear message', async () => {
    const outside = join(tmp.dir, 'plain');
    mkdirSync(outside);
    writeFileSync(join(outside, 'a.yaml'), ok('Plain'));
    const r = await runCli(['validate', '--changed-since', 'main'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmp.dir } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--changed-since needs a git repository, and .*plain is not inside one/);
  });

  it.skipIf(process.platform === 'win32')('a git that never answers: stopped after 5 minutes, exit 2, in the user\'s language, never a hang', async () => {
    // The first git command (rev-parse) never answers: a timeout, not "not inside a git repository".
    const silent = fakeGit(': > "$(dirname "$0")/started"; cat', {});
    const started = join(silent.dir, 'started');
    // The 5 minutes on fake timers, so the test takes none of them: only setTimeout (the bound's), and only
    // here (the suite shares a process between files, on real timers).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const [lang, said] of [
        ['en', '--changed-since: git did not answer within 300 s, and was stopped'],
        ['fr', '--changed-since : git n’a pas répondu en 300 s, et a été arrêté'],
        ['es', '--changed-since: git no respondió en 300 s y fue detenido'],
      ] as const) {
        rmSync(started, { force: true });
        let done = false;
        const run = runCli(['--lang', lang, 'validate', '--changed-since', 'base'], { cwd: repo, env: silent.env, binary: false }).finally(() => (done = true));
        await vi.waitFor(() => expect(existsSync(started)).toBe(true), { timeout: 20_000, interval: 10 });
        await vi.advanceTimersByTimeAsync(5 * 60_000 - 1);
        expect(done).toBe(false);
        await vi.advanceTimersByTimeAsync(1);
        const r = await run;
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(said);
        expect(r.stderr).not.toMatch(/^\s+at /m);
      }
    } finally {
      vi.useRealTimers();
      silent.cleanup();
    }
  });
});
