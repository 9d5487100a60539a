import {
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText
} from "./chunk-R7SMABJV.js";
import "./chunk-VZUMEZNY.js";
import "./chunk-43GUBE2J.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import {
  RefusedRead
} from "./chunk-AOXLGZFB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  RefusedRead,
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText
};
