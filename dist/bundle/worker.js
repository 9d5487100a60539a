import {
  checkOne,
  makeContext
} from "./chunk-FA5Y7OJW.js";
import "./chunk-BYVXR7DR.js";
import "./chunk-NRHWH3Q7.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import {
  UnreadableTarget
} from "./chunk-E3WHRP3P.js";
import "./chunk-NZAYANIE.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-G7SAKLJI.js";
import {
  C21Error
} from "./chunk-4FS4IW5A.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-662D3GRZ.js";
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
