// Reads many versions of a file from git through two long-lived processes,
// `git cat-file --batch-check` (sizes) and `git cat-file --batch` (contents),
// instead of two processes per version: a history of 300 versions spent most
// of its time starting git. Each object is asked for in turn and its answer
// read before the next is asked, so at most one version is held in memory,
// and a version over the size limit is never read (its size is asked first).
// Each answer has a time limit (ANSWER_TIMEOUT_MS): a git that never gives
// it, or gives half of it, is killed and the read fails, never waits for ever.
import { spawn } from 'node:child_process';
import { ANSWER_TIMEOUT_MS, git, GitError, gitEnv, GitTimeoutError } from './git.js';
/** One `git cat-file` process answering one request at a time: a header line, then (for --batch) the object's bytes. */
class CatFile {
    mode;
    root;
    child;
    // What git has printed and no request has taken yet, as it came (joined only when taken, so a large
    // version arriving in many chunks is copied once).
    chunks = [];
    length = 0;
    scanned = 0; // bytes already searched for a line's end
    waiting;
    failure;
    stderr = '';
    timeoutMs;
    constructor(mode, root, options) {
        this.mode = mode;
        this.root = root;
        this.timeoutMs = options.timeoutMs ?? ANSWER_TIMEOUT_MS;
        this.child = spawn('git', ['cat-file', mode], { cwd: root, env: gitEnv(options.env), windowsHide: true });
        this.child.stdout.on('data', (chunk) => {
            this.chunks.push(chunk);
            this.length += chunk.length;
            this.wake();
        });
        this.child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        const fail = (detail) => {
            this.failure ??= new GitError('git-failed', root, `git cat-file failed: ${detail.split('\n')[0] ?? ''}`, detail);
            this.wake();
        };
        this.child.on('error', (error) => {
            if (error.code === 'ENOENT')
                this.failure ??= new GitError('git-missing', 'git', 'git is not installed or not on PATH');
            fail(error.message);
        });
        this.child.on('close', (code, signal) => fail(this.stderr.trim() || `exited with ${signal ?? String(code)}`));
        // A write after git has gone is reported by 'close' above; the stream's own error adds nothing.
        this.child.stdin.on('error', () => undefined);
    }
    /** Fails this request and every later one with `error`, and kills git. */
    stop(error) {
        this.failure ??= error;
        // SIGKILL: a git stuck waiting need not heed SIGTERM. Our ends of its pipes are closed too, as a process it
        // started (a fetch's helper; a shell's child) may hold them open after it, and nothing more is read from them.
        this.child.kill('SIGKILL');
        this.child.stdin.destroy();
        this.child.stdout.destroy();
        this.child.stderr.destroy();
        this.wake();
    }
    wake() {
        const waiting = this.waiting;
        this.waiting = undefined;
        waiting?.();
    }
    async until(ready) {
        while (!ready()) {
            if (this.failure)
                throw this.failure;
            await new Promise((resolve) => (this.waiting = resolve));
        }
    }
    /** The first `n` bytes of what is buffered, removed from it, and `skip` bytes more dropped. */
    take(n, skip) {
        const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
        const taken = Buffer.from(all.subarray(0, n));
        const rest = all.subarray(n + skip);
        this.chunks = rest.length ? [rest] : [];
        this.length = rest.length;
        this.scanned = 0;
        return taken;
    }
    /** Where the buffered bytes' first line ends, searching only the bytes not searched before; -1 if not yet. */
    lineEnd() {
        let offset = 0;
        for (const chunk of this.chunks) {
            if (offset + chunk.length > this.scanned) {
                const at = chunk.indexOf(0x0a, Math.max(0, this.scanned - offset));
                if (at !== -1)
                    return offset + at;
            }
            offset += chunk.length;
        }
        this.scanned = this.length;
        return -1;
    }
    /**
     * Sends one object name and reads git's answer with `answer`: all of it (header and content) within the
     * time allowed, else git is stopped and this is a GitTimeoutError. One timer per request, not per chunk.
     */
    async ask(object, answer) {
        if (this.failure)
            throw this.failure;
        const timer = setTimeout(() => {
            this.stop(new GitTimeoutError(this.root, this.timeoutMs / 1000, `git cat-file ${this.mode} gave no complete answer for ${object}`));
        }, this.timeoutMs);
        try {
            this.child.stdin.write(`${object}\n`);
            return await answer();
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** The header line of an answer (`<oid> <type> <size>`, or `<name> missing`). */
    async line() {
        let end = -1;
        await this.until(() => (end = this.lineEnd()) !== -1);
        return this.take(end, 1).toString('utf8');
    }
    /** The `size` bytes of content that follow a --batch header, and the newline after them. */
    async content(size) {
        await this.until(() => this.length >= size + 1);
        return this.take(size, 1);
    }
    close() {
        this.child.stdin.end();
        this.child.kill();
    }
}
/** The size in a `<oid> blob <size>` header; throws the git failure for `missing`, `ambiguous` or anything else. */
function blobSize(header, object, root) {
    const [, type, size] = header.split(' ');
    const n = Number(size);
    if (type !== 'blob' || !Number.isSafeInteger(n) || n < 0) {
        throw new GitError('git-failed', root, `git cat-file failed: ${header}`, `${object}: ${header}`);
    }
    return n;
}
/** The type of a --batch-check header (`<oid> <type> <size>`), or undefined for `<name> missing` and the like. */
function headerType(header) {
    const parts = header.split(' ');
    return parts.length === 3 ? parts[1] : undefined;
}
export function openBlobReader(root, options) {
    let sizes;
    let contents;
    /** The tree entry of `path` in `commit` (`<mode> <type> <oid>`), from ls-tree, which names a path with any byte in it. */
    const entry = async (commit, path) => {
        const listed = await git(['ls-tree', '-z', '--full-tree', commit, '--', path], root, options);
        const found = /^(\S+) (\S+) (\S+)\t/.exec(listed);
        return found ? { mode: found[1], type: found[2], oid: found[3] } : undefined;
    };
    /** What a tree entry that is not a blob holds, or undefined for a blob (or no entry: git's failure follows). */
    const notAFile = (found) => found?.type === 'commit' ? { notAFile: 'submodule' } : found?.type === 'tree' ? { notAFile: 'directory' } : undefined;
    /**
     * How cat-file is asked for the file: `<commit>:<path>`, or, as cat-file reads one name per line, the blob's id
     * for a path with a line break in it (found by ls-tree, which also says when that path holds no file).
     */
    const objectName = async (commit, path) => {
        if (!/[\n\r]/.test(path))
            return `${commit}:${path}`;
        const found = await entry(commit, path);
        const other = notAFile(found);
        if (other)
            return other;
        if (found?.type !== 'blob')
            throw new GitError('git-failed', root, 'git ls-tree found no blob', `${commit}: ${JSON.stringify(path)}`);
        return found.oid;
    };
    return {
        async read(commit, path, maxBytes) {
            const object = await objectName(commit, path);
            if (typeof object !== 'string')
                return object;
            const check = (sizes ??= new CatFile('--batch-check', root, options));
            const header = await check.ask(object, () => check.line());
            if (headerType(header) !== 'blob') {
                // A submodule's commit (`missing` when that repository's commits are not here) or a folder at the path in
                // that commit: not a file, and the history goes on; anything else is git's failure, as before.
                const other = notAFile(await entry(commit, path));
                if (other)
                    return other;
            }
            const size = blobSize(header, object, root);
            if (size > maxBytes)
                return { tooLarge: size };
            const batch = (contents ??= new CatFile('--batch', root, options));
            return { bytes: await batch.ask(object, async () => batch.content(blobSize(await batch.line(), object, root))) };
        },
        async mode(commit, path) {
            return (await entry(commit, path))?.mode;
        },
        close() {
            sizes?.close();
            contents?.close();
        },
    };
}
