import {
  BENCHMARKS_DIR,
  BenchmarkNotFoundError,
  benchmarkSeries,
  bundledBenchmarkIds,
  checkBenchmark,
  resolveBenchmark
} from "./chunk-YWPD5WUT.js";
import {
  benchmarkText
} from "./chunk-25I2HFVG.js";
import "./chunk-R7SMABJV.js";
import "./chunk-VZUMEZNY.js";
import "./chunk-43GUBE2J.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-AOXLGZFB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  BENCHMARKS_DIR,
  BenchmarkNotFoundError,
  benchmarkSeries,
  benchmarkText,
  bundledBenchmarkIds,
  checkBenchmark,
  resolveBenchmark
};
