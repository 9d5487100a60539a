// One snapshot of the project and one global install of it per test run,
// shared by the packaging test files (each install resolves ~300 packages,
// which was half of the suite's worker time). The folder comes from the
// globalSetup (global-setup.ts); the first file that asks makes each step, in
// whichever worker it runs, and the others wait for its result file. A failed
// step is written down too, so the waiters fail with its error instead of
// hanging. Tests that check an install command itself (pre-commit's, the
// Action's `npm ci`) still run their own.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { gitEnv, run, snapshotProject } from './package-repo.js';

export interface Shared {
  /** The scratch folder (also HOME for git and npm). */
  dir: string;
  env: NodeJS.ProcessEnv;
}

export interface Snapshot extends Shared {
  /** A git repository holding the project as it would be committed; read it, never change it. */
  source: string;
  rev: string;
}

export interface Installed extends Snapshot {
  /** The global prefix holding c21lab installed from `source` as a copy; never change it. */
  prefix: string;
  bin: string;
}

function shared(): Shared {
  const dir = inject('packagingDir');
  const env: NodeJS.ProcessEnv = { ...gitEnv(dir), LANG: 'C', NO_COLOR: '1' };
  delete env.npm_config_prefix;
  delete env.NPM_CONFIG_PREFIX;
  return { dir, env };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `make` once per test run across workers; every caller gets its JSON result. */
async function once<T>(dir: string, name: string, make: () => Promise<T>): Promise<T> {
  const done = join(dir, `${name}.json`);
  const failed = join(dir, `${name}.failed`);
  try {
    mkdirSync(join(dir, `${name}.lock`)); // atomic: only one caller gets to make it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another file makes it: wait for its result (the hook's timeout bounds the wait).
    for (;;) {
      if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as T;
      if (existsSync(failed)) throw new Error(`shared ${name} failed in another test file:\n${readFileSync(failed, 'utf8')}`);
      await pause(200);
    }
  }
  try {
    const value = await make();
    writeFileSync(`${done}.tmp`, JSON.stringify(value));
    renameSync(`${done}.tmp`, done);
    return value;
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
}

/** The project as a git repository (one commit of the working tree's files). */
export async function sharedSnapshot(): Promise<Snapshot> {
  const base = shared();
  const made = await once(base.dir, 'snapshot', async () => {
    const source = join(base.dir, 'source');
    return { source, rev: await snapshotProject(source, base.env) };
  });
  return { ...base, ...made };
}

/**
 * c21lab installed the README's way, `npm install -g --install-links` of a
 * clone (npm packs the folder and installs that tarball, with its runtime
 * dependencies), into a prefix of its own.
 */
export async function sharedInstall(): Promise<Installed> {
  const snapshot = await sharedSnapshot();
  const made = await once(snapshot.dir, 'install', async () => {
    const prefix = join(snapshot.dir, 'prefix');
    const r = await run('npm', ['install', '-g', '--install-links', '--prefix', prefix, snapshot.source, '--no-audit', '--no-fund'], snapshot.dir, snapshot.env);
    if (r.code !== 0) throw new Error(`npm install -g --install-links failed (${r.code}):\n${r.stderr}`);
    return { prefix, bin: join(prefix, 'bin', 'c21lab') };
  });
  return { ...snapshot, ...made };
}
