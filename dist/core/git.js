// A small wrapper over the git binary. execFile, never a shell: arguments go
// to git as an array, so no file name can be read as a command or an option.
// Why the binary rather than isomorphic-git or nodegit: see README "history".
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from './errors.js';
/**
 * Anything git refused. `problem` lets the command print a message in the
 * user's language; the English message is for logs and --verbose.
 */
export class GitError extends UsageError {
    problem;
    target;
    detail;
    constructor(problem, target, message, detail = '') {
        super(message);
        this.problem = problem;
        this.target = target;
        this.detail = detail;
    }
}
/**
 * git gave no complete answer in the time allowed and was killed. A git that
 * waits on something that never comes (a partial clone fetching an old
 * version from a remote that stalls, a pipe half written) would otherwise
 * hold the command, and a CI job, for ever.
 */
export class GitTimeoutError extends GitError {
    seconds;
    constructor(target, 
    /** The time allowed, in seconds, for the message. */
    seconds, detail) {
        super('git-timeout', target, `git-timeout (${seconds} s): ${detail}`, detail);
        this.seconds = seconds;
    }
}
/**
 * One object from `git cat-file` is at most the size limit (1 MiB: a larger
 * one is refused on its size, never read), which git gives in milliseconds;
 * 30 s leaves room for a slow disk or a partial clone fetching it, and stops
 * a git that will never answer.
 */
export const ANSWER_TIMEOUT_MS = 30_000;
/**
 * A whole command walks more (`git log --follow` reads every commit of the
 * repository): seconds, even in a large one. Five minutes is a git waiting on
 * something, not one working.
 */
export const COMMAND_TIMEOUT_MS = 5 * 60_000;
const MAX_OUTPUT = 64 * 1024 * 1024; // a 5 MB assessment fits many times over
/** The environment for git: the caller's, with messages in English (we match on them) and no prompts or locks. */
export function gitEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    // LANGUAGE too: GNU gettext reads it before LC_ALL would have its say.
    return { ...out, LC_ALL: 'C', LANGUAGE: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '1' };
}
/** Runs `git ...args` in `cwd` and returns stdout; throws GitError (GitTimeoutError past the time allowed). */
export function git(args, cwd, options) {
    return new Promise((resolvePromise, reject) => {
        const timeoutMs = options.timeoutMs ?? COMMAND_TIMEOUT_MS;
        const child = execFile('git', ['-c', 'core.quotepath=off', ...args], { cwd, env: gitEnv(options.env), maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
            clearTimeout(timer);
            if (!error)
                return resolvePromise(stdout);
            const code = error.code;
            if (code === 'ENOENT') {
                return reject(new GitError('git-missing', 'git', 'git is not installed or not on PATH'));
            }
            const text = String(stderr).trim();
            if (/not a git repository/i.test(text)) {
                return reject(new GitError('not-a-repository', cwd, `${cwd} is not inside a git repository`, text));
            }
            // Never an empty detail: git killed, or its output over the buffer, says nothing on stderr; the error itself says what happened.
            const detail = text || (code !== undefined ? `${String(code)}: ${error.message}` : error.message).trim() || 'git-failed';
            reject(new GitError('git-failed', cwd, `git ${args[0] ?? ''} failed: ${detail.split('\n')[0] ?? ''}`, detail));
        });
        // Not execFile's own `timeout`: it kills git but answers only once git's pipes close, which a process git
        // started (a fetch's helper; a shell's child) may hold open after it. SIGKILL, as a stuck git need not heed SIGTERM.
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            child.stdin?.destroy();
            child.stdout?.destroy();
            child.stderr?.destroy();
            reject(new GitTimeoutError(cwd, timeoutMs / 1000, `git ${args[0] ?? ''} gave no answer`));
        }, timeoutMs);
    });
}
/** Where `file` sits in its repository; throws if there is no repository or git does not track the file. */
export async function trackedFile(file, options) {
    const abs = resolve(file);
    const dir = dirname(abs);
    // A missing folder would make the spawn fail with ENOENT, which reads like "git missing".
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new GitError('not-tracked', file, `${file}: no such file`);
    const root = (await git(['rev-parse', '--show-toplevel'], dir, options)).trim();
    let listed;
    try {
        listed = await git(['ls-files', '-z', '--full-name', '--error-unmatch', '--', basename(abs)], dir, options);
    }
    catch (error) {
        if (error instanceof GitError && error.problem === 'git-failed') {
            throw new GitError('not-tracked', file, `${file} is not tracked by git`, error.detail);
        }
        throw error;
    }
    const path = listed.split('\0')[0];
    if (!path)
        throw new GitError('not-tracked', file, `${file} is not tracked by git`);
    return { root, path };
}
/**
 * Every commit that changed the file, newest first, following renames as
 * `git log --follow` does, with the path the file had at each commit.
 */
export async function fileCommits(tracked, options) {
    const out = await git(['log', '--follow', '-z', '--format=%x1e%H%x1f%h%x1f%cI%x1f%s', '--name-status', '--', tracked.path], tracked.root, options);
    return parseFollowLog(out, tracked.path);
}
/**
 * Parses the output above. Records start with \x1e; the header's fields are
 * separated by \x1f and end with \0; then come name-status entries, each a
 * status and one path (two for a rename or copy: old, new), all \0-separated.
 */
export function parseFollowLog(out, currentPath) {
    const commits = [];
    let path = currentPath; // the path for commits older than the ones seen so far
    for (const record of out.split('\x1e')) {
        if (!record.trim())
            continue;
        const end = record.indexOf('\0');
        const header = end === -1 ? record : record.slice(0, end);
        const [hash = '', short = '', committed = '', ...subject] = header.split('\x1f');
        const tokens = (end === -1 ? '' : record.slice(end + 1)).split('\0').map((t) => t.replace(/^\n/, '')).filter((t) => t !== '');
        let status = '';
        let at = path;
        if (tokens.length >= 2) {
            status = (tokens[0] ?? '').charAt(0);
            const twoPaths = status === 'R' || status === 'C';
            at = (twoPaths ? tokens[2] : tokens[1]) ?? path;
            // Older commits knew the file under its name before the rename.
            path = twoPaths ? (tokens[1] ?? at) : at;
        }
        commits.push({ hash, short, committed, subject: subject.join('\x1f'), path: at, status });
    }
    return commits;
}
/** True when the working copy of the file differs from HEAD (so the newest lines of history are not on disk). */
export async function hasLocalChanges(tracked, options) {
    const out = await git(['status', '--porcelain', '-z', '--', tracked.path], tracked.root, options);
    return out.length > 0;
}
