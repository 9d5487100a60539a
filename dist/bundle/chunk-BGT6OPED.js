import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-BCAMEG63.js";
import "./chunk-RRZZWIZF.js";
import "./chunk-BEMRPG6U.js";
import "./chunk-25I2HFVG.js";
import "./chunk-ZPY6M4D4.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-YP4UODMH.js";
import "./chunk-FVDELMYM.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-662D3GRZ.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  benchmarkWords,
  wordBenchmarkError
};
