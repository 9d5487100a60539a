// Helpers for the install tests: a git repository holding this project as it
// would be committed (tracked files plus new, not ignored ones, so a test run
// before a commit tests the working tree), and a real `npm` install of it into
// a temporary prefix. Only the npm registry is reached (for dependencies).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/cli.js';

const exec = promisify(execFile);

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion; never throws on a non-zero exit (the caller asserts). */
export async function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

// npm keeps the cache it is given (npm_config_cache, inherited from the npm or
// npx that runs the tests, so already holding every dependency after `npm ci`);
// prefer-offline only spares re-asking the registry about each of the ~300
// packages an install resolves, which halves an install's time. A package
// missing from the cache is still fetched, so the install is the same. No
// audit (a request to the registry at the end of every install, which decides
// nothing here) and no funding or update notices, including in the installs
// pre-commit runs itself, which inherit this environment.
const NPM_ENV = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

export function gitEnv(home: string): NodeJS.ProcessEnv {
  return { ...process.env, ...GIT_ENV, ...NPM_ENV, HOME: home, GIT_CONFIG_GLOBAL: join(home, '.gitconfig') };
}

export async function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<Ran> {
  const r = await run('git', args, cwd, env);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`);
  return r;
}

/** A new git repository at `dest` with one commit of this project's files; returns the commit id. */
export async function snapshotProject(dest: string, env: NodeJS.ProcessEnv): Promise<string> {
  const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT, env);
  if (listed.code !== 0) throw new Error(listed.stderr);
  mkdirSync(dest, { recursive: true });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const to = join(dest, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      cpSync(join(ROOT, file), to, { dereference: false });
    } catch (error) {
      // A file deleted but not yet staged is listed by --cached: it is not part of the snapshot.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  await git(dest, env, 'init', '-q', '-b', 'main');
  await git(dest, env, 'add', '-A');
  await git(dest, env, 'commit', '-q', '-m', 'snapshot');
  // One pack with its deltas computed once: `git add` leaves ~1,100 loose
  // objects, which every clone of the snapshot (pre-commit's fetch, npm's
  // three git+file installs) would otherwise delta-compress again (0.6 s of
  // CPU each against 0.1 s). The commit and its files are the same.
  await git(dest, env, 'repack', '-adq');
  return (await git(dest, env, 'rev-parse', 'HEAD')).stdout.trim();
}

/** A valid assessment (the bundled framework, nine scores). */
export function validAssessment(city = 'Testville'): string {
  return [
    'c21lab: assessment/1',
    'framework: culture21-actions',
    `city: ${city}`,
    'date: 2026-05-14',
    'language: en',
    'commitments:',
    ...Array.from({ length: 9 }, (_, i) => `  "${i + 1}": { score: 5 }`),
    '',
  ].join('\n');
}
