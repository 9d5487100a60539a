// A disk cache of vega.parse() for the charts' spec shapes (../vega.ts,
// specShape): parsing is most of a first chart's CPU in a process (about
// 10 ms for a report's radar and votes chart, more than the rest of their
// drawing), and its output, the dataflow a View is built from, is
// serialisable as JSON (vega's operators define toJSON, as vega means its
// parsed dataflow to be shipped) and depends on the spec and the vega that
// parsed it alone. The caller names that vega by a key: c21lab's version and
// the bundled file's stamp (its version and the file's identity, as the V8
// code cache keys it), so a patched or reinstalled vega never meets an entry
// of another. An entry is a file `vega-parse-KEY.json` in the user's cache
// directory, KEY a SHA-256 over the format, that key and the shape (the
// shape holds the chart's texts, a city's name or a --title among them); it starts with the
// SHA-256 of its payload, so a truncated or altered file is never used.
// As every cache here: never required (off, unreadable or unwritable, the
// spec is parsed as before), same bytes either way
// (test/render/cache/vega-parse.test.ts), at most MAX_ENTRIES kept.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { userCacheDir } from './dir.js';
import { removeLeftoverTemps, replaceEntry, sha256 } from './entry-file.js';
const FORMAT = 'c21lab-vega-parse/1';
const PREFIX = 'vega-parse-';
/** Far above an entry (a report's charts: 25–40 kB): a larger file is not read. */
const MAX_BYTES = 4 * 1024 * 1024;
/** Entries kept; the least recently written go first (a framework and language make a handful of shapes). */
export const MAX_ENTRIES = 64;
const hex = (text) => sha256(text).toString('hex');
function entryFile(dir, key, shape) {
    return join(dir, `${PREFIX}${hex(`${FORMAT}\n${key}\n${shape}`).slice(0, 32)}.json`);
}
/** The parsed dataflow kept for this shape, or undefined (no cache, no entry, or one that fails its checksum). */
/** `key` names the vega that parses (see above). */
export function readParsed(key, shape, env = process.env) {
    const dir = userCacheDir(env);
    if (dir === undefined)
        return undefined;
    try {
        const file = entryFile(dir, key, shape);
        const info = statSync(file);
        if (!info.isFile() || info.size > MAX_BYTES)
            return undefined;
        const text = readFileSync(file, 'utf8');
        const sum = text.slice(0, 64);
        const payload = text.slice(65);
        if (text[64] !== '\n' || hex(payload) !== sum)
            return undefined;
        const parsed = JSON.parse(payload);
        return parsed && typeof parsed === 'object' && Array.isArray(parsed.operators) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Keeps a parsed dataflow for its shape; silent on any failure. */
export function writeParsed(key, shape, parsed, env = process.env) {
    const dir = userCacheDir(env);
    if (dir === undefined)
        return;
    try {
        // As vega serialises its dataflow (its operators' toJSON; an undefined field is the same as none). Not kept when
        // some value would not come back as it was: a non-finite number (a 1e400 in a spec), a function, or an
        // undefined in an array (it would come back as null). Nor when it is too large to be read back.
        let faithful = true;
        const payload = JSON.stringify(parsed, function (_key, value) {
            if ((typeof value === 'number' && !Number.isFinite(value)) || typeof value === 'function' || typeof value === 'symbol')
                faithful = false;
            if (value === undefined && Array.isArray(this))
                faithful = false;
            return value;
        });
        if (!faithful || payload.length + 65 > MAX_BYTES)
            return;
        mkdirSync(dir, { recursive: true });
        const file = entryFile(dir, key, shape);
        replaceEntry(file, `${hex(payload)}\n${payload}`);
        const names = readdirSync(dir);
        removeLeftoverTemps(dir, names, PREFIX);
        const entries = names.filter((n) => n.startsWith(PREFIX) && n.endsWith('.json'));
        if (entries.length > MAX_ENTRIES) {
            const byAge = entries.map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
            for (const { n } of byAge.slice(0, entries.length - MAX_ENTRIES))
                rmSync(join(dir, n), { force: true });
        }
    }
    catch {
        // A cache that cannot be written is no cache.
    }
}
