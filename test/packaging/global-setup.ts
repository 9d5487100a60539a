// Vitest globalSetup: one scratch folder per `vitest run`, shared by every
// packaging test file through provide/inject. Nothing is installed here: the
// snapshot and the install are made on first use (shared-install.ts), so a run
// of a single unrelated test file pays nothing for them.
//
// The run's temporary files go to memory when the machine has a tmpfs with
// room (/dev/shm on Linux): TMPDIR is set before any worker starts, so every
// os.tmpdir() of the tests and of the processes they spawn lands there. The
// suite writes ~10,000 files per npm install (six installs a run) and many
// small files elsewhere; on the shared virtual disk an install took 16 s wall,
// 10 s of it in the kernel, against 8 s and 2 s on tmpfs. What is written and
// checked is the same; only where it lives changes. C21LAB_TEST_TMPDIR=DIR
// picks the place; C21LAB_TEST_TMPDIR=off keeps the system's temporary folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { accessSync, constants, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The scratch folder where the packaging tests share one snapshot and one install. */
    packagingDir: string;
  }
}

// A run's packaging tests keep about 1.5 GB on disk at their peak (installs, pre-commit's env).
const NEEDED = 4 * 1024 ** 3;

function memoryTmp(): string | undefined {
  const chosen = process.env.C21LAB_TEST_TMPDIR;
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  try {
    accessSync('/dev/shm', constants.W_OK);
    const fs = statfsSync('/dev/shm');
    return fs.bavail * fs.bsize >= NEEDED ? '/dev/shm' : undefined;
  } catch {
    return undefined; // no tmpfs there (macOS, Windows, a small container): the system's folder
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const previous = process.env.TMPDIR;
  const base = memoryTmp();
  const run = base ? await mkdtemp(join(base, 'c21lab-tests-')) : undefined;
  if (run) process.env.TMPDIR = run;
  const dir = await mkdtemp(join(tmpdir(), 'c21lab-packaging-'));
  project.provide('packagingDir', dir);
  return async () => {
    await rm(run ?? dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
