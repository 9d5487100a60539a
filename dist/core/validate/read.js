// Reading a file to check it, through the one safe reader (core/fs/read-safe.ts),
// and turning a refusal into the same finding wherever it happens: `validate`
// on a named, scanned, globbed or --changed-since file, every command that
// loads a file, and a framework or benchmark reference.
import { readSafe } from '../fs/read-safe.js';
import { shownPath } from '../paths.js';
import { MAX_FILE_BYTES } from './parse.js';
import { phrase } from './phrase.js';
// The rule ids and the refusal type live beside RefusedRead (core/refused-read.ts), which the CLI loads without the validators.
import { READ_RULES } from '../refused-read.js';
export { READ_RULES };
/** Reads `path` within the size limit and the allowed folders; `listedAsFile`: just listed as a regular file (read-safe.ts). */
export function readForCheck(path, within, maxBytes = MAX_FILE_BYTES, listedAsFile = false) {
    const read = readSafe(path, { maxBytes, within, listedAsFile });
    if (read.ok)
        return { bytes: read.bytes };
    if (read.problem === 'missing')
        return { access: 'missing' };
    if (read.problem === 'unreadable')
        return { access: 'unreadable', code: read.code };
    return { refused: read };
}
const TYPE_WORDS = {
    fifo: 'fileFifo',
    device: 'fileDevice',
    socket: 'fileSocket',
    directory: 'fileDirectory',
    other: 'fileOther',
    submodule: 'fileSubmodule',
    symlink: 'fileSymlink',
};
/** The rule and phrase of a refusal; `cwd` shortens the folder named. */
export function refusalPhrase(refusal, cwd) {
    const rule = READ_RULES[refusal.problem];
    switch (refusal.problem) {
        case 'not-regular':
            return { rule, phrase: phrase('notRegular', { type: phrase(TYPE_WORDS[refusal.type]) }) };
        case 'outside':
            return { rule, phrase: phrase('linkOutside', { root: shownPath(refusal.root, cwd) }) };
        case 'too-large':
            return { rule, phrase: phrase('tooLarge', { size: refusal.size, max: refusal.max }) };
    }
}
/** The refusal as a coded finding on the file itself (line 1, column 1: nothing of it was read). */
export function refusalCoded(file, refusal, cwd) {
    return { file, line: 1, column: 1, severity: 'error', ...refusalPhrase(refusal, cwd) };
}
/** The rule of an entry a scan listed that cannot be read at all (a link to nothing, a link loop, no permission). */
const UNREADABLE_RULE = 'unreadable-file';
/** Such an entry as a coded finding on itself; `reason` is the system's code (ENOENT, ELOOP, EACCES…). */
export function unreadableCoded(file, reason) {
    return { file, line: 1, column: 1, severity: 'error', rule: UNREADABLE_RULE, phrase: phrase('unreadableEntry', { reason }) };
}
