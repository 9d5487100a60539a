// Crash-safe, faithful file replacement: write a temp file beside the target,
// fsync it, rename it over the target, then fsync the directory so the rename
// itself is durable. A reader (or the next run after a power cut) sees the
// old file or the new one, never half of either.
//
// Faithful: a rewrite keeps what the file was, not only what it says —
// - its mode (a 600 file stays 600), and its owner and group where the
//   system lets us (root, or a group we belong to);
// - a symbolic link stays a link: the text goes to the file it points to;
// - a file with several hard links is written in place (a rename would give
//   this name a new file and leave the other names on the old text);
// - a file with no write permission is refused, as an editor would;
// - our temp files are removed, on failure too, and those a crash left
//   beside the same file are removed on the next successful write.
// Extended attributes and ACLs are not copied (Node has no API for them).
import { lstat, open, readlink, realpath, rename, rm, stat, access, constants } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { WriteRefusedError } from '../errors.js';
import { removeStaleTemps, tempPathFor } from './temp-files.js';

export interface AtomicWriteOptions {
  /** Mode of a new file, before the umask (an existing file keeps its own). */
  mode?: number;
  /** The path shown in errors (default: the path given). */
  shown?: string;
  /**
   * The file as it was read ({@link stampOf}). If it changed since, nothing is
   * written and a WriteRefusedError 'changed' is thrown, so the caller can
   * re-read and re-apply its edit instead of overwriting someone's work.
   */
  expect?: FileStamp | null;
  /**
   * A batch of writes into one folder (`report --out-dir`): the folder a rename happened in is added here
   * instead of being fsynced after each file, and the caller syncs each once, with syncFolders, before it
   * says the files are written. Each file is still replaced whole or not at all; only the renames of the
   * batch become durable together (one fsync of the folder rather than one per file).
   */
  deferFolderSync?: Set<string>;
}

/** What tells that a file changed: its inode, size and modification time. */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

export function stampOf(info: Stats): FileStamp {
  return { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
}

function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (!a || !b) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The file a path writes to: through symbolic links (a dangling one included), to the real file. */
export async function writeTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Missing: either a new file (its folder may be a link), or a link to a file not yet made.
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch(() => undefined);
    if (!info?.isSymbolicLink()) break;
    current = resolve(dirname(current), await readlink(current));
  }
  const dir = await realpath(dirname(current)).catch(() => dirname(current));
  return resolve(dir, current.slice(dirname(current).length + 1));
}

function named(error: unknown, path: string): NodeJS.ErrnoException {
  // Name the file the user asked for, never our temporary one.
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string') e.path = path;
  return e;
}

async function refuseReadOnly(target: string, info: Stats, shown: string): Promise<void> {
  // root may write anything, so its access() says yes: the mode bits say what the owner meant.
  const noWriteBit = (info.mode & 0o222) === 0;
  const denied = await access(target, constants.W_OK).then(() => false, () => true);
  if (noWriteBit || denied) throw new WriteRefusedError(shown, 'readOnly');
}

export async function atomicWrite(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const shown = options.shown ?? path;
  let target: string;
  try {
    target = await writeTarget(path);
  } catch (error) {
    throw named(error, shown);
  }
  const info = await stat(target).catch(() => undefined);
  if (options.expect !== undefined && !sameStamp(info ? stampOf(info) : null, options.expect)) {
    throw new WriteRefusedError(shown, 'changed');
  }
  if (info) {
    if (info.isDirectory()) throw named(Object.assign(new Error('is a directory'), { code: 'EISDIR', syscall: 'open' }), shown);
    // A device or a pipe (`-o /dev/stdout`) is written to, never replaced.
    if (!info.isFile()) return writeInPlace(target, data, shown, false);
    await refuseReadOnly(target, info, shown);
    if (info.nlink > 1) return writeInPlace(target, data, shown, true);
  }
  const tmp = tempPathFor(target);
  const handle = await open(tmp, 'wx', info ? 0o600 : options.mode ?? 0o666).catch((error: unknown) => {
    throw named(error, shown);
  });
  try {
    if (info) {
      await handle.chmod(info.mode & 0o7777);
      if (info.uid !== process.getuid?.() || info.gid !== process.getgid?.()) {
        // Keep owner and group where permitted (root; a group we are in); else the file becomes ours.
        await handle.chown(info.uid, info.gid).catch(() => handle.chown(-1, info.gid).catch(() => undefined));
        await handle.chmod(info.mode & 0o7777); // chown clears set-id bits
      }
    }
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    if (options.expect !== undefined) {
      // Last look before the rename: an editor may have saved meanwhile.
      const now = await stat(target).catch(() => undefined);
      if (!sameStamp(now ? stampOf(now) : null, options.expect)) throw new WriteRefusedError(shown, 'changed');
    }
    await rename(tmp, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw named(error, shown);
  }
  if (options.deferFolderSync) options.deferFolderSync.add(dirname(target));
  // The file is in place; a refused folder fsync (EIO…) still says the rename may not survive a power cut.
  else await syncDir(dirname(target)).catch((error: unknown) => {
    throw named(error, shown);
  });
  await removeStaleTemps(target);
}

/** The fsyncs a batch deferred (AtomicWriteOptions.deferFolderSync), one per folder, which makes its renames durable. */
export async function syncFolders(folders: Iterable<string>): Promise<void> {
  for (const dir of folders) await syncDir(dir);
}

/**
 * Hard links (and devices): the same inode is rewritten, in one write call,
 * so a kill cannot stop it half-way (a power cut still can: the price of
 * keeping the links). When the disk fills up during that write, the original
 * text, which fits in the blocks the file already has, is written back.
 */
async function writeInPlace(target: string, data: string | Uint8Array, shown: string, regular: boolean): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const handle = await open(target, regular ? 'r+' : 'w').catch((error: unknown) => {
    throw named(error, shown);
  });
  try {
    if (!regular) {
      await handle.writeFile(bytes);
      return;
    }
    const original = await handle.readFile();
    try {
      const { bytesWritten } = await handle.write(bytes, 0, bytes.length, 0);
      if (bytesWritten !== bytes.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC', syscall: 'write' });
      await handle.truncate(bytes.length);
      await handle.sync();
    } catch (error) {
      await handle.write(original, 0, original.length, 0).catch(() => undefined);
      await handle.truncate(original.length).catch(() => undefined);
      await handle.sync().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw named(error, shown);
  } finally {
    await handle.close();
  }
  await removeStaleTemps(target);
}

// What a platform or file system answers when it cannot open or fsync a folder
// (Windows opens no directory; some network and FUSE file systems refuse a
// folder's fsync): there the rename is all we can do. A folder removed since
// (ENOENT) has nothing left to make durable. Any other error (EIO,
// ENOSPC, EDQUOT…) means the rename may not last, and is the caller's to hear.
const FOLDER_SYNC_UNSUPPORTED = new Set(['ENOENT', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EPERM', 'EACCES', 'EBADF']);

/** How a folder is opened for its fsync: `open`, or a test's stand-in. */
export type FolderOpener = (dir: string, flags: 'r') => Promise<{ sync(): Promise<void>; close(): Promise<void> }>;

/** Fsyncs a folder, which is what makes a rename in it survive a power cut on Linux. */
export async function syncDir(dir: string, opener: FolderOpener = open): Promise<void> {
  let handle: Awaited<ReturnType<FolderOpener>>;
  try {
    handle = await opener(dir, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
