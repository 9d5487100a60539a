// Where c21lab may keep caches: the user's cache directory, as each platform
// names it. Only ever an optimisation; see ./v8-code.ts.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
/**
 * `C21LAB_CACHE_DIR` when set (an empty value or `off` turns caching off);
 * else `$XDG_CACHE_HOME/c21lab` (an absolute XDG_CACHE_HOME, as the XDG spec
 * requires); else the platform's own: ~/Library/Caches/c21lab on macOS,
 * %LOCALAPPDATA%\c21lab\Cache on Windows, ~/.cache/c21lab elsewhere.
 * Undefined when caching is off or no home is known.
 */
export function userCacheDir(env = process.env, platform = process.platform, home = safeHome()) {
    const own = env.C21LAB_CACHE_DIR;
    if (own !== undefined)
        return own === '' || own === 'off' ? undefined : own;
    const xdg = env.XDG_CACHE_HOME;
    if (xdg && isAbsolute(xdg))
        return join(xdg, 'c21lab');
    if (platform === 'win32') {
        const local = env.LOCALAPPDATA;
        return local ? join(local, 'c21lab', 'Cache') : home ? join(home, 'AppData', 'Local', 'c21lab', 'Cache') : undefined;
    }
    if (!home)
        return undefined;
    return platform === 'darwin' ? join(home, 'Library', 'Caches', 'c21lab') : join(home, '.cache', 'c21lab');
}
function safeHome() {
    try {
        return homedir() || undefined;
    }
    catch {
        return undefined;
    }
}
