// The blob reader behind `history` (src/core/git-blobs.ts): many versions
// through two long-lived `git cat-file` processes, each answered in turn. In
// a real repository: every version comes back byte for byte as `git show`
// gives it (binary bytes, no final newline, one larger than a pipe's buffer,
// an empty one), a version over the limit is only sized, a path with a line
// break in it (which cat-file cannot read from a line) is found through its
// blob id, and an object git does not have is a GitError, after which the
// reader still answers. Through a fake git first on PATH: one that never
// answers, or answers half a record, is stopped after the time allowed (a
// GitTimeoutError, never a hang); one that exits mid-answer is a GitError
// with what it said; one that writes much to stderr is still read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBlobReader } from '../../src/core/git-blobs.js';
import { GitError, GitTimeoutError } from '../../src/core/git.js';
import { fakeGit, realGit } from '../helpers/fake-git.js';
import { GIT_ENV, git } from '../helpers/git-repo.js';

const VERSIONS: Buffer[] = [
  Buffer.from('c21lab: assessment/1\ncity: A\n'),
  Buffer.from([0x63, 0x3a, 0x20, 0xe9, 0x00, 0xff, 0x0a, 0x0a]), // latin-1, a NUL, blank lines
  Buffer.from('no final newline'),
  Buffer.alloc(300_000, 'x'), // more than a pipe holds at once
  Buffer.alloc(0),
  Buffer.from('back\n'),
];
const NEWLINE_NAME = 'odd\nname.yaml';

let root: string;
let commits: string[];
const options = { env: { ...process.env, ...GIT_ENV } };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c21lab-git-blobs-'));
  git(root, 'init', '-q');
  commits = VERSIONS.map((bytes, i) => {
    writeFileSync(join(root, 'lab.yaml'), bytes);
    writeFileSync(join(root, NEWLINE_NAME), `version ${i}\n`);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', `v${i}`, '--allow-empty');
    return git(root, 'rev-parse', 'HEAD').trim();
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const shown = (commit: string, path: string) => execFileSync('git', ['cat-file', 'blob', `${commit}:${path}`], { cwd: root, env: options.env });

describe('openBlobReader', () => {
  it('gives every version byte for byte, in turn, through one reader', async () => {
    const blobs = openBlobReader(root, options);
    try {
      for (const [i, commit] of commits.entries()) {
        const blob = await blobs.read(commit, 'lab.yaml', 1 << 20);
        expect(blob).toEqual({ bytes: shown(commit, 'lab.yaml') });
        expect('bytes' in blob && blob.bytes.equals(VERSIONS[i]!)).toBe(true);
      }
    } finally {
      blobs.close();
    }
  });

  it('sizes a version over the limit without reading it, and reads the next one', async () => {
    const blobs = openBlobReader(root, options);
    try {
      expect(await blobs.read(commits[3]!, 'lab.yaml', 299_999)).toEqual({ tooLarge: 300_000 });
      expect(await blobs.read(commits[5]!, 'lab.yaml', 299_999)).toEqual({ bytes: Buffer.from('back\n') });
    } finally {
      blobs.close();
    }
  });

  it('reads a path with a line break in it through its blob id', async () => {
    const blobs = openBlobReader(root, options);
    try {
      for (const [i, commit] of commits.entries()) {
        expect(await blobs.read(commit, NEWLINE_NAME, 1 << 20)).toEqual({ bytes: Buffer.from(`version ${i}\n`) });
      }
    } finally {
      blobs.close();
    }
  });

  it('throws a GitError for a file the commit does not have, and answers the next request', async () => {
    const blobs = openBlobReader(root, options);
    try {
      const missing = await blobs.read(commits[0]!, 'nothing.yaml', 1 << 20).catch((error: unknown) => error);
      expect(missing).toBeInstanceOf(GitError);
      expect((missing as GitError).problem).toBe('git-failed');
      expect((missing as GitError).detail).toContain('missing');
      const odd = await blobs.read(commits[0]!, 'odd\nnothing.yaml', 1 << 20).catch((error: unknown) => error);
      expect(odd).toBeInstanceOf(GitError);
      expect(await blobs.read(commits[0]!, 'lab.yaml', 1 << 20)).toEqual({ bytes: VERSIONS[0] });
    } finally {
      blobs.close();
    }
  });

  it('is a GitError, not a hang, when git is not a repository there', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'c21lab-git-blobs-none-'));
    const blobs = openBlobReader(empty, { env: { ...options.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
    try {
      const error = await blobs.read('HEAD', 'lab.yaml', 1 << 20).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).detail).toMatch(/not a git repository/);
    } finally {
      blobs.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

const HEADER = `${'0'.repeat(40)} blob 20`;

describe.skipIf(process.platform === 'win32')('openBlobReader when git does not answer as it should', () => {
  // Each case waits at most WAIT for an answer: without the bound it would wait for ever (the test's timeout).
  const WAIT = 300;

  it('stops a git that starts and never answers, and says so', async () => {
    // `cat` reads the requests and answers none; run from sh, it outlives a killed sh, holding the pipes open.
    const fake = fakeGit('cat >/dev/null', options.env);
    const blobs = openBlobReader(root, { env: fake.env, timeoutMs: WAIT });
    try {
      const started = Date.now();
      const error = await blobs.read(commits[0]!, 'lab.yaml', 1 << 20).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitTimeoutError);
      expect((error as GitTimeoutError).problem).toBe('git-timeout');
      expect((error as GitTimeoutError).seconds).toBe(0.3);
      expect((error as GitTimeoutError).detail).toContain(`${commits[0]!}:lab.yaml`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT - 5);
      // The reader stays failed: the next request is refused at once, not waited for again.
      const again = Date.now();
      expect(await blobs.read(commits[1]!, 'lab.yaml', 1 << 20).catch((e: unknown) => e)).toBe(error);
      expect(Date.now() - again).toBeLessThan(WAIT);
    } finally {
      blobs.close();
      fake.cleanup();
    }
  }, 5_000);

  it('stops a git that gives half a header line, or a header and half the content', async () => {
    for (const script of [
      `printf '${HEADER.slice(0, 30)}'; cat >/dev/null`,
      `case "$2" in --batch-check) echo '${HEADER}';; *) printf '${HEADER}\\n0123456789';; esac; cat >/dev/null`,
    ]) {
      const fake = fakeGit(script, options.env);
      const blobs = openBlobReader(root, { env: fake.env, timeoutMs: WAIT });
      try {
        const error = await blobs.read(commits[0]!, 'lab.yaml', 1 << 20).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(GitTimeoutError);
      } finally {
        blobs.close();
        fake.cleanup();
      }
    }
  }, 5_000);

  it('is a git-failed GitError when git exits mid-answer, with what it said', async () => {
    const fake = fakeGit(`read name; printf '${HEADER}\\n0123456789'; echo 'fatal: cut short' >&2; exit 0`, options.env);
    const blobs = openBlobReader(root, { env: fake.env, timeoutMs: 10_000 });
    try {
      const error = await blobs.read(commits[0]!, 'lab.yaml', 1 << 20).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).problem).toBe('git-failed');
      expect((error as GitError).message).toBe('git cat-file failed: fatal: cut short');
    } finally {
      blobs.close();
      fake.cleanup();
    }
  }, 5_000);

  it('reads every version through a git that writes much to stderr (drained, never blocking it)', async () => {
    // More than a pipe holds: were stderr not read, git would block on it and never answer.
    const fake = fakeGit(`head -c 300000 /dev/zero | tr '\\0' w >&2; exec '${realGit()}' "$@"`, options.env);
    const blobs = openBlobReader(root, { env: fake.env, timeoutMs: 10_000 });
    try {
      for (const [i, commit] of commits.entries()) {
        const blob = await blobs.read(commit, 'lab.yaml', 1 << 20);
        expect('bytes' in blob && blob.bytes.equals(VERSIONS[i]!)).toBe(true);
      }
    } finally {
      blobs.close();
      fake.cleanup();
    }
  }, 10_000);
});
