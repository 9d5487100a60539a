import {
  checkOne,
  makeContext
} from "./chunk-ITTXQYWT.js";
import "./chunk-CH77I3II.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-37EJ44QY.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import "./chunk-WFSRVUYZ.js";
import {
  UnreadableTarget
} from "./chunk-3QB4VFCR.js";
import "./chunk-SR6OMTTU.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-MDLKL7NM.js";
import {
  C21Error
} from "./chunk-6LKABYWT.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-24SS6AOI.js";
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
