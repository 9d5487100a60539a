import {
  checkOne,
  makeContext
} from "./chunk-GP4S3ZOY.js";
import {
  UnreadableTarget
} from "./chunk-WUNEMX6F.js";
import "./chunk-NYI2YG4E.js";
import "./chunk-W5PFSC24.js";
import "./chunk-2JGY7DMZ.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import {
  C21Error
} from "./chunk-EV44LTU6.js";
import "./chunk-IV5YXIOA.js";
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
