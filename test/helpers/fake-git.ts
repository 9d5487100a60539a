// A `git` of our own first on PATH, for what a real one does only under
// trouble (a partial clone's fetch that stalls, a pipe cut mid-answer): a
// shell script run instead of git, with git's arguments. POSIX only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface FakeGit {
  /** `env` with the fake's folder first on PATH. */
  env: Record<string, string | undefined>;
  /** The fake's folder, for a file the script leaves to say it ran. */
  dir: string;
  cleanup: () => void;
}

/** The real git's absolute path, as PATH finds it now, for a fake that hands some commands over to it. */
export function realGit(): string {
  return execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
}

/** `script` as the body of a `git` in a new folder put first on `env`'s PATH. */
export function fakeGit(script: string, env: Record<string, string | undefined>): FakeGit {
  const dir = mkdtempSync(join(tmpdir(), 'c21lab-fake-git-'));
  writeFileSync(join(dir, 'git'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return { env: { ...env, PATH: `${dir}${delimiter}${process.env.PATH ?? ''}` }, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
