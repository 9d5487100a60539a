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
  C21Error
} from "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import "./chunk-JKJYCBCI.js";

// dist/cli/validate/worker.js
import { parentPort, workerData } from "node:worker_threads";
var vctx = makeContext(workerData);
parentPort?.on("message", (batch) => {
  try {
    parentPort?.postMessage({ start: batch.start, results: batch.targets.map((t) => checkOne(t, vctx)) });
  } catch (error) {
    const usage = error instanceof C21Error;
    const unreadable = error instanceof UnreadableTarget ? { path: error.path, reason: error.reason } : void 0;
    parentPort?.postMessage({ start: batch.start, error: { message: error.message, usage, ...unreadable ? { unreadable } : {} } });
  }
});
