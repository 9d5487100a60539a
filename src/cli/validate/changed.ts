// `--changed-since REF`: the files that differ from REF, as a pull-request
// check needs: committed on this branch since it left REF (REF...HEAD), plus
// staged, unstaged and untracked changes. Uses the git binary through
// execFile (no shell, so a ref cannot inject a command); deleted files are
// left out since there is nothing to check.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { Translate } from '../../i18n/define.js';
import type { ValidateKey } from '../../i18n/validate.js';

function git(args: string[], cwd: string, env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string; missing?: boolean }> {
  return new Promise((done) => {
    execFile('git', args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr), missing: (error as NodeJS.ErrnoException | null)?.code === 'ENOENT' });
    });
  });
}

/** Absolute paths of the files changed since `ref` in the repository holding `cwd`. */
export async function changedSince(ref: string, cwd: string, env: Record<string, string | undefined>, t: Translate<ValidateKey>): Promise<Set<string>> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd, env);
  if (top.missing) throw new UsageError(t('noGit'));
  if (top.code !== 0) throw new UsageError(t('notGit', { dir: cwd }));
  const root = top.stdout.trim();
  if (ref.startsWith('-')) throw new UsageError(t('badRef', { ref }));
  const verify = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root, env);
  if (verify.code !== 0) throw new UsageError(t('badRef', { ref }));

  const lists = await Promise.all([
    git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', `${ref}...HEAD`, '--'], root, env),
    git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', 'HEAD', '--'], root, env),
    git(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], root, env),
  ]);
  const failed = lists.find((l) => l.code !== 0);
  if (failed) throw new UsageError(t('gitFailed', { reason: failed.stderr.trim().split('\n')[0] ?? String(failed.code) }));
  const files = new Set<string>();
  for (const l of lists) {
    for (const name of l.stdout.split('\0')) if (name) files.add(resolve(root, name));
  }
  return files;
}
