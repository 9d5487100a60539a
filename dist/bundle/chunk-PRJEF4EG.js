import {
  processAlive
} from "./chunk-OXRPQCAO.js";
import {
  WriteRefusedError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/fs/atomic-write.js
import { lstat, open, readlink, realpath, rename, rm as rm2, stat as stat2, access, constants } from "node:fs/promises";
import { dirname as dirname2, resolve } from "node:path";

// dist/core/fs/temp-files.js
import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { readdir, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var TEMP_SUFFIX = ".c21lab.tmp";
var FOREIGN_STALE_MS = 60 * 60 * 1e3;
var HOST_TAG = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
function tempPathFor(target) {
  return join(dirname(target), `.${basename(target)}.${HOST_TAG}-${process.pid}-${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
}
__name(tempPathFor, "tempPathFor");
function lockPathFor(target) {
  return join(dirname(target), `.${basename(target)}.lock${TEMP_SUFFIX}`);
}
__name(lockPathFor, "lockPathFor");
var OURS = /^\.(.+)\.([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.c21lab\.tmp$/;
var LEGACY = /^\.(.+)\.[0-9a-f]{12}\.c21lab\.tmp$/;
function isStaleTemp(name, target, ageMs) {
  const ours = OURS.exec(name);
  if (ours) {
    if (ours[1] !== basename(target))
      return void 0;
    if (ours[2] === HOST_TAG)
      return Number(ours[3]) !== process.pid && !processAlive(Number(ours[3]));
    return ageMs > FOREIGN_STALE_MS;
  }
  const legacy = LEGACY.exec(name);
  if (legacy && legacy[1] === basename(target))
    return true;
  return void 0;
}
__name(isStaleTemp, "isStaleTemp");
async function removeStaleTemps(target, now = Date.now()) {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names;
  try {
    names = (await readdir(dir)).filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX));
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => void 0);
    if (!info?.isFile())
      continue;
    if (isStaleTemp(name, target, now - info.mtimeMs) !== true)
      continue;
    await rm(path, { force: true }).then(() => removed.push(name), () => void 0);
  }
  return removed;
}
__name(removeStaleTemps, "removeStaleTemps");

// dist/core/fs/atomic-write.js
function stampOf(info) {
  return { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
}
__name(stampOf, "stampOf");
function sameStamp(a, b) {
  if (!a || !b)
    return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
__name(sameStamp, "sameStamp");
async function writeTarget(path) {
  try {
    return await realpath(path);
  } catch (error) {
    if (error.code !== "ENOENT")
      throw error;
  }
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch(() => void 0);
    if (!info?.isSymbolicLink())
      break;
    current = resolve(dirname2(current), await readlink(current));
  }
  const dir = await realpath(dirname2(current)).catch(() => dirname2(current));
  return resolve(dir, current.slice(dirname2(current).length + 1));
}
__name(writeTarget, "writeTarget");
function named(error, path) {
  const e = error;
  if (e && typeof e === "object" && typeof e.code === "string")
    e.path = path;
  return e;
}
__name(named, "named");
async function refuseReadOnly(target, info, shown) {
  const noWriteBit = (info.mode & 146) === 0;
  const denied = await access(target, constants.W_OK).then(() => false, () => true);
  if (noWriteBit || denied)
    throw new WriteRefusedError(shown, "readOnly");
}
__name(refuseReadOnly, "refuseReadOnly");
async function atomicWrite(path, data, options = {}) {
  const shown = options.shown ?? path;
  let target;
  try {
    target = await writeTarget(path);
  } catch (error) {
    throw named(error, shown);
  }
  const info = await stat2(target).catch(() => void 0);
  if (options.expect !== void 0 && !sameStamp(info ? stampOf(info) : null, options.expect)) {
    throw new WriteRefusedError(shown, "changed");
  }
  if (info) {
    if (info.isDirectory())
      throw named(Object.assign(new Error("is a directory"), { code: "EISDIR", syscall: "open" }), shown);
    if (!info.isFile())
      return writeInPlace(target, data, shown, false);
    await refuseReadOnly(target, info, shown);
    if (info.nlink > 1)
      return writeInPlace(target, data, shown, true);
  }
  const tmp = tempPathFor(target);
  const handle = await open(tmp, "wx", info ? 384 : options.mode ?? 438).catch((error) => {
    throw named(error, shown);
  });
  try {
    if (info) {
      await handle.chmod(info.mode & 4095);
      if (info.uid !== process.getuid?.() || info.gid !== process.getgid?.()) {
        await handle.chown(info.uid, info.gid).catch(() => handle.chown(-1, info.gid).catch(() => void 0));
        await handle.chmod(info.mode & 4095);
      }
    }
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    if (options.expect !== void 0) {
      const now = await stat2(target).catch(() => void 0);
      if (!sameStamp(now ? stampOf(now) : null, options.expect))
        throw new WriteRefusedError(shown, "changed");
    }
    await rename(tmp, target);
  } catch (error) {
    await handle.close().catch(() => void 0);
    await rm2(tmp, { force: true });
    throw named(error, shown);
  }
  if (options.deferFolderSync)
    options.deferFolderSync.add(dirname2(target));
  else
    await syncDir(dirname2(target)).catch((error) => {
      throw named(error, shown);
    });
  await removeStaleTemps(target);
}
__name(atomicWrite, "atomicWrite");
async function syncFolders(folders) {
  for (const dir of folders)
    await syncDir(dir);
}
__name(syncFolders, "syncFolders");
async function writeInPlace(target, data, shown, regular) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const handle = await open(target, regular ? "r+" : "w").catch((error) => {
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
      if (bytesWritten !== bytes.length)
        throw Object.assign(new Error("short write"), { code: "ENOSPC", syscall: "write" });
      await handle.truncate(bytes.length);
      await handle.sync();
    } catch (error) {
      await handle.write(original, 0, original.length, 0).catch(() => void 0);
      await handle.truncate(original.length).catch(() => void 0);
      await handle.sync().catch(() => void 0);
      throw error;
    }
  } catch (error) {
    throw named(error, shown);
  } finally {
    await handle.close();
  }
  await removeStaleTemps(target);
}
__name(writeInPlace, "writeInPlace");
var FOLDER_SYNC_UNSUPPORTED = /* @__PURE__ */ new Set(["ENOENT", "EISDIR", "EINVAL", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EPERM", "EACCES", "EBADF"]);
async function syncDir(dir, opener = open) {
  let handle;
  try {
    handle = await opener(dir, "r");
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(error.code ?? ""))
      return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(error.code ?? ""))
      throw error;
  } finally {
    await handle.close().catch(() => void 0);
  }
}
__name(syncDir, "syncDir");

export {
  TEMP_SUFFIX,
  lockPathFor,
  stampOf,
  writeTarget,
  atomicWrite,
  syncFolders
};
