// Where a path really is: every symbolic link followed, its own and its
// folders'. The checks that a file named inside a repository does not lead
// out of it (validate's named folders, a framework reference, history's
// file, the safe reader's roots) compare one real path with another, so both
// must come from this one resolution: two ways of resolving can spell one
// place two ways (a subst drive or a junction on Windows), and it would then
// read as a link out. (The safe reader resolves the file it opens with the
// same realpathSync.native itself, as it reports why one has no real path.)
import { realpathSync } from 'node:fs';
/**
 * The real path of `path` (absolute: a relative one would be read against the
 * process's working directory, which the core never uses), or undefined when
 * it has none: nothing there, a dangling link, a link loop, a folder that
 * cannot be searched. The caller says what that means for it: "nothing to
 * walk", or (`realPath(p) ?? p`) "check the path as written, and let the read
 * that follows report what is wrong with it".
 */
export function realPath(path) {
    try {
        // .native: one system call (realpath(3)), where the JavaScript version stats every folder on the way.
        return realpathSync.native(path);
    }
    catch {
        return undefined;
    }
}
