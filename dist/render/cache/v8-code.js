// A V8 code cache for one large script (vega's 1.4 MB single-file build):
// compiling it is a large share of a `radar` or `report` run, and V8 can
// save the compiled code (`vm.Script` cachedData) for the next run.
// The cache is never required. Its entry is named by a key over everything
// the compiled code depends on (node and V8 versions, architecture, node and
// V8 flags, c21lab's version, the script file's size, mtime and inode, or
// its bytes' SHA-256), so a stale entry is
// simply never read; the payload carries its own SHA-256, so a truncated or
// corrupt file is ignored; V8 checks the rest itself (cachedDataRejected).
// Any failure to read or write (no home, a read-only disk, a file where the
// folder should be) is silent: the script is compiled as if no cache existed,
// and the output is byte for byte the same.
// An entry also lists the parts of the script its runs used (tags: which
// charts were drawn), because V8 saves only the functions compiled so far:
// an entry written by a `radar` lacks the votes chart's code, so a `report`
// that finds it writes it again with both (the union), once.
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { userCacheDir } from './dir.js';
import { removeLeftoverTemps, replaceEntry, sha256 } from './entry-file.js';
const FORMAT = 'c21lab-v8-code/2';
const SUM = 32; // bytes of the SHA-256 in front of the payload
/** Far above a real entry (vega's is under 1 MB): a larger file is not read at all. */
const MAX_ENTRY = 32 * 1024 * 1024;
/** The payload starts with its tags, one line (`radar,votes`), at most this long. */
const MAX_TAGS = 256;
const TAGS = /^[a-z0-9-]*(,[a-z0-9-]+)*$/;
const versions = new Map();
/** The version in ROOT/package.json, read once per process (c21lab's keys every script; vega's its own entry); '?' when unreadable. */
export function packageVersion(root) {
    let version = versions.get(root);
    if (version === undefined) {
        try {
            version = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
        }
        catch {
            version = '?';
        }
        versions.set(root, version);
    }
    return version;
}
/** Size, modification time and inode of a file whose bytes are `body`; undefined when they disagree (it changed meanwhile). */
export function fileStamp(file, body) {
    try {
        const info = statSync(file, { bigint: true });
        return info.isFile() && info.size === BigInt(body.length) ? `${info.size}:${info.mtimeNs}:${info.ino}:${info.dev}` : undefined;
    }
    catch {
        return undefined;
    }
}
/** The entry's file name: `name-KEY.v8`, KEY covering every version the compiled code depends on. */
export function cacheKey(name, source, packageRoot, env = process.env) {
    // The file's identity, or its bytes hashed as they are (no re-encoding of a 1.4 MB string).
    const parts = [FORMAT, process.version, process.versions.v8, process.arch, process.execArgv.join(' '), env.NODE_OPTIONS ?? '',
        packageVersion(packageRoot), sha256(source.prefix).toString('hex'), source.stamp === undefined ? sha256(source.body).toString('hex') : `stamp ${source.stamp}`, sha256(source.suffix).toString('hex')];
    return `${name}-${sha256(parts.join('\n')).toString('hex').slice(0, 32)}.v8`;
}
/** The payload's tag line, then the V8 data; undefined when the line is missing or malformed. */
function splitPayload(payload) {
    const end = payload.subarray(0, MAX_TAGS + 1).indexOf(0x0a);
    if (end < 0)
        return undefined;
    const line = payload.subarray(0, end).toString('latin1');
    if (!TAGS.test(line))
        return undefined;
    return { data: payload.subarray(end + 1), tags: new Set(line ? line.split(',') : []) };
}
function readEntry(file) {
    try {
        // Only a regular file of sane size: a FIFO or a huge file in its place must neither hang nor fill memory.
        const info = statSync(file);
        if (!info.isFile() || info.size > MAX_ENTRY)
            return undefined;
        const bytes = readFileSync(file);
        if (bytes.length <= SUM)
            return undefined;
        const payload = bytes.subarray(SUM);
        return sha256(payload).equals(bytes.subarray(0, SUM)) ? splitPayload(payload) : undefined;
    }
    catch {
        return undefined;
    }
}
function writeEntry(dir, name, entry, tags, data) {
    try {
        const payload = Buffer.concat([Buffer.from(`${tags.join(',')}\n`, 'latin1'), data]);
        mkdirSync(dir, { recursive: true });
        const file = join(dir, entry);
        replaceEntry(file, Buffer.concat([sha256(payload), payload]));
        const names = readdirSync(dir);
        removeLeftoverTemps(dir, names, `${name}-`);
        // Entries for other versions are never read again.
        for (const old of names) {
            if (old !== entry && old.startsWith(`${name}-`) && old.endsWith('.v8'))
                rmSync(join(dir, old), { force: true });
        }
    }
    catch {
        // A cache that cannot be written is no cache: nothing to tell the user.
    }
}
/**
 * Compiles prefix + body + suffix (from `filename`, for stack traces) with
 * the cached code when a valid entry exists. `packageRoot` names whose
 * version keys the entry.
 */
export function compileCached(name, filename, source, packageRoot, env = process.env) {
    const dir = userCacheDir(env);
    const entry = dir === undefined ? undefined : cacheKey(name, source, packageRoot, env);
    const cached = dir === undefined || entry === undefined ? undefined : readEntry(join(dir, entry));
    // ASCII reads as Latin-1 to the same string, without UTF-8 decoding (a few ms for a large script).
    const text = source.prefix + source.body.toString(isAscii(source.body) ? 'latin1' : 'utf8') + source.suffix;
    const script = new Script(text, { filename, ...(cached ? { cachedData: cached.data } : {}) });
    const state = dir === undefined ? 'off' : !cached ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
    let saved = state === 'off';
    return {
        state,
        run: () => script.runInThisContext(),
        save(tags = []) {
            if (saved || dir === undefined || entry === undefined)
                return;
            const known = state === 'hit' && cached ? cached.tags : new Set();
            const valid = tags.filter((t) => /^[a-z0-9-]+$/.test(t));
            // A hit whose entry already holds every part this run used is left as it is.
            if (state === 'hit' && valid.every((t) => known.has(t)))
                return;
            saved = true;
            try {
                const merged = [...new Set([...known, ...valid])].sort();
                // Past the tag line's limit the entry would be unreadable: it then lists this run's tags alone.
                writeEntry(dir, name, entry, merged.join(',').length <= MAX_TAGS ? merged : valid.join(',').length <= MAX_TAGS ? valid : [], script.createCachedData());
            }
            catch {
                // createCachedData can fail on exotic V8 builds; the run goes on.
            }
        },
    };
}
