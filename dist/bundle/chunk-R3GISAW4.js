import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-ESE6GPPE.js";
import "./chunk-RRZZWIZF.js";
import "./chunk-7GHZCX7U.js";
import "./chunk-25I2HFVG.js";
import "./chunk-GWW2AXMO.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-YIOJ7TKB.js";
import "./chunk-63AAKDWE.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-DHPQI6R6.js";
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
