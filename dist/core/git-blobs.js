// Reads many versions of a file from git through two long-lived processes,
// `git cat-file --batch-check` (sizes) and `git cat-file --batch` (contents),
// instead of two processes per version: a history of 300 versions spent most
// of its time starting git. Each object is asked for in turn and its answer
// read before the next is asked, so at most one version is held in memory,
// and a version over the size limit is never read (its size is asked first).
import { spawn } from 'node:child_process';
import { git, GitError, gitEnv } from './git.js';
/** One `git cat-file` process answering one request at a time: a header line, then (for --batch) the object's bytes. */
class CatFile {
    child;
    // What git has printed and no request has taken yet, as it came (joined only when taken, so a large
    // version arriving in many chunks is copied once).
    chunks = [];
    length = 0;
    scanned = 0; // bytes already searched for a line's end
    waiting;
    failure;
    stderr = '';
    constructor(mode, root, options) {
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
    /** Sends one object name; returns its header line (`<oid> <type> <size>`, or `<name> missing`). */
    async ask(object) {
        this.child.stdin.write(`${object}\n`);
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
export function openBlobReader(root, options) {
    let sizes;
    let contents;
    /** How cat-file is asked for the file: `<commit>:<path>`, or, as cat-file reads one name per line, the blob's id for a path with a line break in it. */
    const objectName = async (commit, path) => {
        if (!/[\n\r]/.test(path))
            return `${commit}:${path}`;
        const listed = await git(['ls-tree', '-z', '--full-tree', commit, '--', path], root, options);
        const oid = /^\S+ blob (\S+)\t/.exec(listed)?.[1];
        if (!oid)
            throw new GitError('git-failed', root, 'git ls-tree found no blob', `${commit}: ${JSON.stringify(path)}`);
        return oid;
    };
    return {
        async read(commit, path, maxBytes) {
            const object = await objectName(commit, path);
            const size = blobSize(await (sizes ??= new CatFile('--batch-check', root, options)).ask(object), object, root);
            if (size > maxBytes)
                return { tooLarge: size };
            contents ??= new CatFile('--batch', root, options);
            const header = await contents.ask(object);
            return { bytes: await contents.content(blobSize(header, object, root)) };
        },
        close() {
            sizes?.close();
            contents?.close();
        },
    };
}
