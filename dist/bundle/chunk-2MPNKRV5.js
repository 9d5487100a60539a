import {
  BENCHMARKS_DIR,
  BenchmarkNotFoundError,
  benchmarkSeries,
  bundledBenchmarkIds,
  checkBenchmark,
  resolveBenchmark
} from "./chunk-NSQWF2G4.js";
import {
  benchmarkText
} from "./chunk-25I2HFVG.js";
import "./chunk-4ASXQDIV.js";
import "./chunk-IC4ADOYZ.js";
import "./chunk-V2PPEH2W.js";
import "./chunk-IUIC47US.js";
import "./chunk-YK7EEVX3.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-3KCYFVBE.js";
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
