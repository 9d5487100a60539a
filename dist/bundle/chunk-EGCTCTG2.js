import {
  BENCHMARKS_DIR,
  BenchmarkNotFoundError,
  benchmarkSeries,
  bundledBenchmarkIds,
  checkBenchmark,
  resolveBenchmark
} from "./chunk-IVBPKZ2L.js";
import {
  benchmarkText
} from "./chunk-25I2HFVG.js";
import "./chunk-RSYHPVMT.js";
import "./chunk-LPPSAH2W.js";
import "./chunk-6DTARUH5.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-ZBHTD6MM.js";
import "./chunk-24SS6AOI.js";
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
