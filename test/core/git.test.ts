// The one-shot git commands of src/core/git.ts (rev-parse, ls-files, log,
// status, diff) through a fake git first on PATH that starts and never
// answers: stopped after the time allowed, a GitTimeoutError, never a hang,
// even when a process it started still holds its pipes open.
import { describe, expect, it } from 'vitest';
import { git, GitTimeoutError } from '../../src/core/git.js';
import { fakeGit } from '../helpers/fake-git.js';
import { GIT_ENV } from '../helpers/git-repo.js';

describe.skipIf(process.platform === 'win32')('git()', () => {
  it('stops a git that never answers, after the time allowed', async () => {
    // `cat` waits on stdin, which nothing ends; run from sh, it outlives a killed sh, holding stdout and stderr open.
    const fake = fakeGit('cat', { ...process.env, ...GIT_ENV });
    try {
      const started = Date.now();
      const error = await git(['log', '--follow', '--', 'lab.yaml'], fake.dir, { env: fake.env, timeoutMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitTimeoutError);
      expect((error as GitTimeoutError).problem).toBe('git-timeout');
      expect((error as GitTimeoutError).seconds).toBe(0.3);
      expect((error as GitTimeoutError).detail).toBe('git log gave no answer');
      expect(Date.now() - started).toBeGreaterThanOrEqual(295);
    } finally {
      fake.cleanup();
    }
  }, 5_000);

  it('answers as before when git does, well within the time allowed', async () => {
    const fake = fakeGit("echo 'fine'", { ...process.env, ...GIT_ENV });
    try {
      expect(await git(['status'], fake.dir, { env: fake.env, timeoutMs: 10_000 })).toBe('fine\n');
    } finally {
      fake.cleanup();
    }
  }, 5_000);
});
