import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-2CXL46CS.js";
import "./chunk-RRZZWIZF.js";
import "./chunk-AYBZYWBY.js";
import "./chunk-25I2HFVG.js";
import "./chunk-7ECZWPLT.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-BYVXR7DR.js";
import "./chunk-NRHWH3Q7.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-JKJYCBCI.js";
export {
  benchmarkWords,
  wordBenchmarkError
};
