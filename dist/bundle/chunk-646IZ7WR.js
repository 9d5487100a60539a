import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-BDNZSQMG.js";
import "./chunk-BFZUCF5R.js";
import "./chunk-M7FX56VP.js";
import "./chunk-25I2HFVG.js";
import "./chunk-7JN7L7GJ.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-4NCAYXM6.js";
import "./chunk-HDAFDZ5Y.js";
import "./chunk-IYREIXTK.js";
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
  benchmarkWords,
  wordBenchmarkError
};
