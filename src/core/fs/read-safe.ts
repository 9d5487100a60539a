// Reading a file that may be hostile (a pull request's assessment, a path
// written in such a file), the one way every reader in c21lab does it:
//
// - only regular files: a FIFO, a device (/dev/zero), a socket or a
//   directory is refused before it is opened, so nothing can block or stream
//   forever;
// - only inside the allowed roots: the real path (every link resolved) must
//   lie inside one of them, so a link committed into a repository cannot make
//   CI read, and print, a file of the runner;
// - at most the size limit: `maxBytes + 1` bytes are read, so "too large" is
//   known without reading the rest, never read-then-check.
//
// Races: the path is stat'ed first, then opened without following a last
// link (O_NOFOLLOW) and without blocking (O_NONBLOCK), and the open
// descriptor itself is checked (fstat: still a regular file; where it really
// is, every link resolved, through /proc/self/fd). Where the system has no
// /proc/self/fd, or the last component is a link, the path is resolved first
// (realpath), the resolved path opened, and the descriptor checked to be the
// same inode. Either way nothing is read before the checks pass, and a file
// swapped between the checks and the open is refused, not read.
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { realPath } from './real-path.js';

/** `submodule` and `symlink` only for a version in git's history (core/git-blobs.ts), which c21lab never follows. */
export type NotRegularType = 'fifo' | 'device' | 'socket' | 'directory' | 'other' | 'submodule' | 'symlink';

export type ReadProblem =
  | { problem: 'missing' }
  | { problem: 'not-regular'; type: NotRegularType }
  | { problem: 'outside'; root: string }
  /** `head`: the first maxBytes + 1 bytes, enough to tell what the file is without reading the rest. */
  | { problem: 'too-large'; size: number; max: number; head: Buffer }
  | { problem: 'unreadable'; code: string };

export type SafeRead = { ok: true; bytes: Buffer; realPath: string } | ({ ok: false } & ReadProblem);

export interface ReadLimits {
  /** Refuse a file larger than this many bytes (read at most one byte more). */
  maxBytes: number;
  /**
   * Folders the file's real path must lie in (their own links are resolved
   * too); the first one is named in the refusal. Omitted: no containment
   * check (a file the user named for an output of their own, say).
   */
  within?: readonly string[];
  /**
   * The caller has just listed the path as a regular file, not a link (a
   * directory entry's type): the stat before the open, which only repeats
   * that, is skipped. The open descriptor is checked all the same, so a
   * file swapped since is refused as before (the window was there between
   * the stat and the open too).
   */
  listedAsFile?: boolean;
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0) | (constants.O_NOCTTY ?? 0);

export function isInside(child: string, parent: string): boolean {
  // The common case without path.relative (which resolves both paths again): a plain absolute path below the folder.
  if (sep === '/' && child.startsWith(parent) && child.charCodeAt(parent.length) === 0x2f && isAbsolute(parent) && plain(parent) && plain(child)) {
    return !child.startsWith('..', parent.length + 1);
  }
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** No `.` or `..` segment, no doubled or trailing slash: what path.relative would normalize away. */
function plain(path: string): boolean {
  return !path.includes('/.') && !path.includes('//') && (path.length === 1 || !path.endsWith('/'));
}

/** Real paths of the allowed folders, resolved once per process (a run reads thousands of files under one root). */
const realRoots = new Map<string, string>();

function realOr(path: string): string {
  let real = realRoots.get(path);
  if (real === undefined) {
    real = realPath(path) ?? path; // a root that is not there: compared as written, and nothing is inside it
    realRoots.set(path, real);
  }
  return real;
}

function typeOf(info: Stats): NotRegularType {
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  if (info.isDirectory()) return 'directory';
  return 'other';
}

function failure(error: unknown): SafeRead {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing' };
  if (code === 'EISDIR') return { ok: false, problem: 'not-regular', type: 'directory' };
  // ELOOP included: a link put where the checked file was, between the check and the open.
  return { ok: false, problem: 'unreadable', code };
}

/** The path the open descriptor really names, where the system can say it (Linux); else undefined. */
function descriptorPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/** Whether open descriptors name their real path in /proc/self/fd (Linux), found out on the first read. */
let procFd: boolean | undefined;

/**
 * Linux: the path opened as given (a last link refused by O_NOFOLLOW), and
 * the descriptor asked where it is: one call, where resolving the path first
 * costs one per folder. Undefined to take the resolving way (a last link, no
 * /proc/self/fd).
 */
function readDirect(path: string, limits: ReadLimits, allowed: (p: string) => boolean): SafeRead | undefined {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? undefined : failure(error);
  }
  try {
    const named = descriptorPath(fd);
    procFd = named !== undefined;
    if (named === undefined) return undefined;
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, problem: 'not-regular', type: typeOf(opened) };
    if (!allowed(named)) return { ok: false, problem: 'outside', root: limits.within![0]! };
    return readBounded(fd, opened.size, limits.maxBytes, named);
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

/** Reads a file within the limits, or says which limit it breaks. Never throws, never blocks. */
export function readSafe(path: string, limits: ReadLimits): SafeRead {
  if (!limits.listedAsFile) {
    let info: Stats;
    try {
      info = statSync(path); // follows links; opens nothing
    } catch (error) {
      return failure(error);
    }
    if (!info.isFile()) return { ok: false, problem: 'not-regular', type: typeOf(info) };
  }
  const roots = limits.within?.map(realOr);
  const allowed = (p: string) => !roots || roots.some((root) => isInside(p, root));
  if (procFd !== false) {
    const direct = readDirect(path, limits, allowed);
    if (direct) return direct;
  }
  let real: string;
  try {
    real = realpathSync.native(path); // one system call, where the JavaScript version stats every folder
  } catch (error) {
    return failure(error);
  }
  if (!allowed(real)) return { ok: false, problem: 'outside', root: limits.within![0]! };

  let fd: number;
  try {
    fd = openSync(real, FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, problem: 'not-regular', type: typeOf(opened) };
    const named = descriptorPath(fd);
    if (named !== undefined ? !allowed(named) : !sameFile(real, opened)) {
      return { ok: false, problem: 'outside', root: limits.within?.[0] ?? real };
    }
    return readBounded(fd, opened.size, limits.maxBytes, real);
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

function sameFile(path: string, opened: Stats): boolean {
  try {
    const now = statSync(path);
    return now.dev === opened.dev && now.ino === opened.ino && realpathSync.native(path) === path;
  } catch {
    return false;
  }
}

/** Reads up to maxBytes + 1 bytes: one more than allowed tells "too large" without reading the rest. */
function readBounded(fd: number, size: number, maxBytes: number, realPath: string): SafeRead {
  const want = maxBytes + 1;
  let buffer = Buffer.allocUnsafe(Math.min(want, size + 1));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (buffer.length >= want) break;
      // The file grew after fstat: grow the buffer, never past the limit + 1.
      const bigger = Buffer.allocUnsafe(Math.min(want, buffer.length * 2));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const asked = buffer.length - total;
    const n = readSync(fd, buffer, total, asked, null);
    total += n;
    // A regular file answers a read in full unless it has ended; a short read is its end.
    if (n === 0 || (n < asked && total <= size)) break;
  }
  if (total > maxBytes) return { ok: false, problem: 'too-large', size: Math.max(size, total), max: maxBytes, head: buffer.subarray(0, total) };
  return { ok: true, bytes: buffer.subarray(0, total), realPath };
}
