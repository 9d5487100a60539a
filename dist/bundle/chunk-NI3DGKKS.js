import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-5O4IWQYJ.js";
import "./chunk-RRZZWIZF.js";
import "./chunk-LS2SGNCI.js";
import "./chunk-25I2HFVG.js";
import "./chunk-P6AQIPEB.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-4OPD6E4R.js";
import "./chunk-JLIFAZG7.js";
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
