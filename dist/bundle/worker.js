import {
  checkOne,
  makeContext
} from "./chunk-JTUX3VLR.js";
import "./chunk-OXH4GRXU.js";
import "./chunk-CFIUVINI.js";
import "./chunk-ALZA7UZ3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-33AJFZ56.js";
import "./chunk-WG3WJVDO.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
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
    parentPort?.postMessage({ start: batch.start, error: { message: error.message, usage } });
  }
});
