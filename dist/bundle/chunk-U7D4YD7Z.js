import {
  realPath
} from "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/fs/read-safe.js
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
var FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0) | (constants.O_NOCTTY ?? 0);
function isInside(child, parent) {
  if (sep === "/" && child.startsWith(parent) && child.charCodeAt(parent.length) === 47 && isAbsolute(parent) && plain(parent) && plain(child)) {
    return !child.startsWith("..", parent.length + 1);
  }
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
__name(isInside, "isInside");
function plain(path) {
  return !path.includes("/.") && !path.includes("//") && (path.length === 1 || !path.endsWith("/"));
}
__name(plain, "plain");
var realRoots = /* @__PURE__ */ new Map();
function realOr(path) {
  let real = realRoots.get(path);
  if (real === void 0) {
    real = realPath(path) ?? path;
    realRoots.set(path, real);
  }
  return real;
}
__name(realOr, "realOr");
function typeOf(info) {
  if (info.isFIFO())
    return "fifo";
  if (info.isCharacterDevice() || info.isBlockDevice())
    return "device";
  if (info.isSocket())
    return "socket";
  if (info.isDirectory())
    return "directory";
  return "other";
}
__name(typeOf, "typeOf");
function failure(error) {
  const code = error.code ?? error.message;
  if (code === "ENOENT" || code === "ENOTDIR")
    return { ok: false, problem: "missing" };
  if (code === "EISDIR")
    return { ok: false, problem: "not-regular", type: "directory" };
  return { ok: false, problem: "unreadable", code };
}
__name(failure, "failure");
function descriptorPath(fd) {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return void 0;
  }
}
__name(descriptorPath, "descriptorPath");
var procFd;
function readDirect(path, limits, allowed) {
  let fd;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    return error.code === "ELOOP" ? void 0 : failure(error);
  }
  try {
    const named = descriptorPath(fd);
    procFd = named !== void 0;
    if (named === void 0)
      return void 0;
    const opened = fstatSync(fd);
    if (!opened.isFile())
      return { ok: false, problem: "not-regular", type: typeOf(opened) };
    if (!allowed(named))
      return { ok: false, problem: "outside", root: limits.within[0] };
    return readBounded(fd, opened.size, limits.maxBytes, named);
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}
__name(readDirect, "readDirect");
function readSafe(path, limits) {
  if (!limits.listedAsFile) {
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      return failure(error);
    }
    if (!info.isFile())
      return { ok: false, problem: "not-regular", type: typeOf(info) };
  }
  const roots = limits.within?.map(realOr);
  const allowed = /* @__PURE__ */ __name((p) => !roots || roots.some((root) => isInside(p, root)), "allowed");
  if (procFd !== false) {
    const direct = readDirect(path, limits, allowed);
    if (direct)
      return direct;
  }
  let real;
  try {
    real = realpathSync.native(path);
  } catch (error) {
    return failure(error);
  }
  if (!allowed(real))
    return { ok: false, problem: "outside", root: limits.within[0] };
  let fd;
  try {
    fd = openSync(real, FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile())
      return { ok: false, problem: "not-regular", type: typeOf(opened) };
    const named = descriptorPath(fd);
    if (named !== void 0 ? !allowed(named) : !sameFile(real, opened)) {
      return { ok: false, problem: "outside", root: limits.within?.[0] ?? real };
    }
    return readBounded(fd, opened.size, limits.maxBytes, real);
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}
__name(readSafe, "readSafe");
function sameFile(path, opened) {
  try {
    const now = statSync(path);
    return now.dev === opened.dev && now.ino === opened.ino && realpathSync.native(path) === path;
  } catch {
    return false;
  }
}
__name(sameFile, "sameFile");
function readBounded(fd, size, maxBytes, realPath2) {
  const want = maxBytes + 1;
  let buffer = Buffer.allocUnsafe(Math.min(want, size + 1));
  let total = 0;
  for (; ; ) {
    if (total === buffer.length) {
      if (buffer.length >= want)
        break;
      const bigger = Buffer.allocUnsafe(Math.min(want, buffer.length * 2));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const asked = buffer.length - total;
    const n = readSync(fd, buffer, total, asked, null);
    total += n;
    if (n === 0 || n < asked && total <= size)
      break;
  }
  if (total > maxBytes)
    return { ok: false, problem: "too-large", size: Math.max(size, total), max: maxBytes, head: buffer.subarray(0, total) };
  return { ok: true, bytes: buffer.subarray(0, total), realPath: realPath2 };
}
__name(readBounded, "readBounded");

export {
  isInside,
  readSafe
};
