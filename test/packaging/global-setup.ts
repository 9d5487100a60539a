// Vitest globalSetup: one scratch folder per `vitest run`, shared by every
// packaging test file through provide/inject. Nothing is installed here: the
// snapshot and the install are made on first use (shared-install.ts), so a run
// of a single unrelated test file pays nothing for them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The scratch folder where the packaging tests share one snapshot and one install. */
    packagingDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'c21lab-packaging-'));
  project.provide('packagingDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
