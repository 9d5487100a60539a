import {
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText,
  wrongKindFinding
} from "./chunk-72Z3XQUN.js";
import "./chunk-M3BUT7WW.js";
import "./chunk-GNAX6F4O.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import {
  RefusedRead
} from "./chunk-G7SAKLJI.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-24SS6AOI.js";
import "./chunk-QKMJRXT4.js";
import "./chunk-JKJYCBCI.js";
export {
  RefusedRead,
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText,
  wrongKindFinding
};
