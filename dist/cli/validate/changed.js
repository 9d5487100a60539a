// `--changed-since REF`: the files that differ from REF, as a pull-request
// check needs: committed on this branch since it left REF (REF...HEAD), plus
// staged, unstaged and untracked changes. Git runs through src/core/git.ts
// (execFile, no shell, so a ref cannot inject a command); deleted files are
// left out since there is nothing to check.
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { git, GitError, GitTimeoutError } from '../../core/git.js';
/** Absolute paths of the files changed since `ref` in the repository holding `cwd`. */
export async function changedSince(ref, cwd, env, t) {
    const run = (args, dir, onFailure) => git(args, dir, { env }).catch((error) => {
        if (!(error instanceof GitError))
            throw error;
        if (error.problem === 'git-missing')
            throw new UsageError(t('noGit'));
        // Before onFailure: a rev-parse stopped for not answering says nothing about being in a repository.
        if (error instanceof GitTimeoutError)
            throw new UsageError(t('gitTimeout', { seconds: error.seconds }));
        throw onFailure(error);
    });
    const root = (await run(['rev-parse', '--show-toplevel'], cwd, () => new UsageError(t('notGit', { dir: cwd })))).trim();
    if (ref.startsWith('-'))
        throw new UsageError(t('badRef', { ref }));
    await run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root, () => new UsageError(t('badRef', { ref })));
    const failed = (e) => new UsageError(t('gitFailed', { reason: e.detail.split('\n')[0] || e.message }));
    const lists = await Promise.all([
        run(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', `${ref}...HEAD`, '--'], root, failed),
        run(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', 'HEAD', '--'], root, failed),
        run(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], root, failed),
    ]);
    const files = new Set();
    for (const list of lists) {
        for (const name of list.split('\0'))
            if (name)
                files.add(resolve(root, name));
    }
    return files;
}
