import {
  TEMP_SUFFIX,
  atomicWrite,
  lockPathFor,
  stampOf,
  writeTarget
} from "./chunk-PRJEF4EG.js";
import {
  processAlive
} from "./chunk-OXRPQCAO.js";
import {
  WriteRefusedError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/save.js
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";

// dist/core/fs/lock.js
import { hostname } from "node:os";
import { open, readFile, rm, stat } from "node:fs/promises";
var STALE_MS = 6e4;
var GUARD_STALE_MS = 5e3;
var DEFAULT_TIMEOUT_MS = 15e3;
var sleep = /* @__PURE__ */ __name((ms) => new Promise((done) => setTimeout(done, ms)), "sleep");
async function readLock(path) {
  try {
    const [raw, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    let parsed;
    try {
      const data = JSON.parse(raw);
      if (typeof data.pid === "number" && typeof data.host === "string")
        parsed = { pid: data.pid, host: data.host, time: String(data.time ?? "") };
    } catch {
    }
    return { info: parsed, raw, ageMs: Date.now() - info.mtimeMs };
  } catch {
    return void 0;
  }
}
__name(readLock, "readLock");
function isStale(lock) {
  if (lock.ageMs > STALE_MS)
    return true;
  if (!lock.info)
    return lock.ageMs > GUARD_STALE_MS;
  return lock.info.host === hostname() && !processAlive(lock.info.pid);
}
__name(isStale, "isStale");
async function tryCreate(path, body) {
  try {
    const handle = await open(path, "wx", 420);
    try {
      await handle.writeFile(body);
    } catch (error) {
      await handle.close();
      await rm(path, { force: true });
      throw error;
    }
    await handle.close();
    return true;
  } catch (error) {
    if (error.code === "EEXIST")
      return false;
    throw error;
  }
}
__name(tryCreate, "tryCreate");
var guardPathFor = /* @__PURE__ */ __name((lockPath) => lockPath.slice(0, -TEMP_SUFFIX.length) + `-break${TEMP_SUFFIX}`, "guardPathFor");
async function removeDeadGuard(lockPath) {
  const guard = guardPathFor(lockPath);
  const [raw, info] = await Promise.all([readFile(guard, "utf8"), stat(guard)]).catch(() => [void 0, void 0]);
  if (raw === void 0 || info === void 0)
    return;
  const pid = Number(raw.trim());
  if (Date.now() - info.mtimeMs > GUARD_STALE_MS || raw.trim() !== "" && !processAlive(pid))
    await rm(guard, { force: true }).catch(() => void 0);
}
__name(removeDeadGuard, "removeDeadGuard");
async function breakStale(lockPath, raw) {
  const guard = guardPathFor(lockPath);
  if (!await tryCreate(guard, String(process.pid))) {
    const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > GUARD_STALE_MS)
      await rm(guard, { force: true });
    return;
  }
  try {
    const again = await readLock(lockPath);
    if (again && again.raw === raw && isStale(again))
      await rm(lockPath, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}
__name(breakStale, "breakStale");
async function withFileLock(target, work, options = {}) {
  const lockPath = lockPathFor(target);
  const body = JSON.stringify({ pid: process.pid, host: hostname(), time: (/* @__PURE__ */ new Date()).toISOString() }) + "\n";
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let wait = 2;
  for (; ; ) {
    let created;
    try {
      created = await tryCreate(lockPath, body);
    } catch (error) {
      throw Object.assign(error, { path: options.shown ?? target });
    }
    if (created)
      break;
    const held = await readLock(lockPath);
    if (held && isStale(held)) {
      await breakStale(lockPath, held.raw).catch((error) => {
        throw Object.assign(error, { path: options.shown ?? target });
      });
      continue;
    }
    if (Date.now() > deadline) {
      throw new WriteRefusedError(options.shown ?? target, "locked", {
        lock: lockPath,
        pid: held?.info?.pid ?? "?",
        host: held?.info?.host ?? "?",
        since: held?.info?.time ?? "?"
      });
    }
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
  await removeDeadGuard(lockPath);
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true }).catch(() => void 0);
  }
}
__name(withFileLock, "withFileLock");

// dist/core/edit/save.js
var MAX_ATTEMPTS = 5;
async function readWithStamp(target, shown) {
  try {
    const before = await stat2(target);
    if (!before.isFile())
      throw new WriteRefusedError(shown, "notRegular");
    const text = await readFile2(target, "utf8");
    return { text, stamp: stampOf(before) };
  } catch (error) {
    if (error instanceof WriteRefusedError)
      throw error;
    const e = error;
    if (e.code === "ENOENT")
      return { text: "", stamp: null };
    throw Object.assign(e, { path: shown });
  }
}
__name(readWithStamp, "readWithStamp");
async function resolved(path, shown) {
  try {
    return await writeTarget(path);
  } catch (error) {
    throw Object.assign(error, { path: shown });
  }
}
__name(resolved, "resolved");
async function saveDocument(path, text, options = {}) {
  const shown = options.shown ?? path;
  const target = await resolved(path, shown);
  await withFileLock(target, async () => {
    let expect;
    if (options.basedOn !== void 0) {
      const current = await readWithStamp(target, shown);
      if (current.text !== options.basedOn)
        throw new WriteRefusedError(shown, "changed");
      expect = current.stamp;
    }
    await atomicWrite(path, text, { shown, mode: options.mode, expect });
  }, { shown, timeoutMs: options.lockTimeoutMs });
}
__name(saveDocument, "saveDocument");
async function updateDocument(path, edit, options = {}) {
  const shown = options.shown ?? path;
  const target = await resolved(path, shown);
  return withFileLock(target, async () => {
    for (let attempt = 1; ; attempt++) {
      const { text, stamp } = await readWithStamp(target, shown);
      const next = edit(text);
      if (next === text)
        return text;
      try {
        await atomicWrite(path, next, { shown, mode: options.mode, expect: stamp });
        return next;
      } catch (error) {
        if (!(error instanceof WriteRefusedError && error.reason === "changed") || attempt >= MAX_ATTEMPTS)
          throw error;
      }
    }
  }, { shown, timeoutMs: options.lockTimeoutMs });
}
__name(updateDocument, "updateDocument");

export {
  saveDocument,
  updateDocument
};
