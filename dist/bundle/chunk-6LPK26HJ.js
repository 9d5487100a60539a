import {
  checkOne,
  makeContext
} from "./chunk-RSZPHDQN.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import {
  UnreadableTarget
} from "./chunk-O65JH5C3.js";
import "./chunk-SR6OMTTU.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/pool.js
import { availableParallelism, cpus, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
var POOL_THRESHOLD = 2e3;
var WORKERS_PAY_MS = 6e3;
var WARM = 384;
var TIMED = 128;
var BATCH = 32;
function workerCount(files, env) {
  const forced = forcedWorkers(env);
  if (forced !== void 0)
    return forced;
  return files <= POOL_THRESHOLD ? 0 : idleWorkers();
}
__name(workerCount, "workerCount");
function forcedWorkers(env) {
  const forced = env.C21LAB_WORKERS;
  return forced !== void 0 && /^\d+$/.test(forced) ? Math.min(Number(forced), 8) : void 0;
}
__name(forcedWorkers, "forcedWorkers");
function coreTimes() {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times } of all) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  const { user, system } = process.cpuUsage();
  return { idle, total, own: (user + system) / 1e3, cpus: all.length };
}
__name(coreTimes, "coreTimes");
function idleWorkers(since, now = coreTimes(), cores = availableParallelism()) {
  const host = Math.max(cores, now.cpus ?? cores);
  let free;
  const total = since ? now.total - since.total : 0;
  if (since && total >= 20 * host) {
    const others = Math.max(0, total - (now.idle - since.idle) - (now.own - since.own));
    free = Math.floor(cores - 1 - others / total * cores + 0.25);
  } else {
    free = loadFree(loadavg()[0] ?? 0, cores, host);
  }
  return Math.max(0, Math.min(cores - 1, free, 3));
}
__name(idleWorkers, "idleWorkers");
function loadFree(load, cores, host = cores) {
  return Math.round(cores - 1 - Math.max(0, load - 1) * cores / host);
}
__name(loadFree, "loadFree");
async function checkAll(targets, settings) {
  const results = new Array(targets.length);
  const vctx = makeContext(settings);
  let next = 0;
  let workers = forcedWorkers(settings.env);
  if (workers === void 0) {
    workers = 0;
    if (targets.length > POOL_THRESHOLD) {
      const since = coreTimes();
      for (; next < WARM; next++)
        results[next] = checkOne(targets[next], vctx);
      const start = process.cpuUsage();
      for (; next < WARM + TIMED; next++)
        results[next] = checkOne(targets[next], vctx);
      const used = process.cpuUsage(start);
      const perFile = (used.user + used.system) / 1e3 / TIMED;
      if ((targets.length - next) * perFile > WORKERS_PAY_MS)
        workers = idleWorkers(since);
    }
  }
  if (workers <= 0) {
    for (; next < targets.length; next++)
      results[next] = checkOne(targets[next], vctx);
    return results;
  }
  const take = /* @__PURE__ */ __name(() => {
    if (next >= targets.length)
      return void 0;
    const start = next;
    next = Math.min(targets.length, next + BATCH);
    return [start, next];
  }, "take");
  const inWorker = /* @__PURE__ */ __name(() => new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: settings });
    let finished = false;
    const feed = /* @__PURE__ */ __name(() => {
      const range = take();
      if (range)
        worker.postMessage({ start: range[0], targets: targets.slice(range[0], range[1]) });
      else {
        finished = true;
        void worker.terminate().then(() => resolve());
      }
    }, "feed");
    worker.on("message", (m) => {
      if (m.error) {
        finished = true;
        void worker.terminate();
        const { unreadable } = m.error;
        reject(unreadable ? new UnreadableTarget(unreadable.path, unreadable.reason) : m.error.usage ? new UsageError(m.error.message) : new Error(m.error.message));
        return;
      }
      m.results.forEach((r, k) => results[m.start + k] = r);
      feed();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!finished)
        reject(new Error(`a validation worker stopped unexpectedly (exit code ${code})`));
    });
    worker.on("online", feed);
  }), "inWorker");
  const inMain = /* @__PURE__ */ __name(async () => {
    for (let range = take(); range; range = take()) {
      for (let i = range[0]; i < range[1]; i++)
        results[i] = checkOne(targets[i], vctx);
      await new Promise((r) => setImmediate(r));
    }
  }, "inMain");
  await Promise.all([inMain(), ...Array.from({ length: workers }, inWorker)]);
  return results;
}
__name(checkAll, "checkAll");
export {
  POOL_THRESHOLD,
  WORKERS_PAY_MS,
  checkAll,
  coreTimes,
  idleWorkers,
  loadFree,
  workerCount
};
