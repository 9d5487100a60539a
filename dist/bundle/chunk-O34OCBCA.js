import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-R4LP5R7K.js";
import "./chunk-RRZZWIZF.js";
import "./chunk-3OCBVOB5.js";
import "./chunk-25I2HFVG.js";
import "./chunk-5SUZDECC.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-CVKPVMTX.js";
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
  benchmarkWords,
  wordBenchmarkError
};
