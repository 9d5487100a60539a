import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-6US2V3DT.js";
import "./chunk-WM6AWXMJ.js";
import "./chunk-Z6FWT6HE.js";
import "./chunk-CVQ46NR3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-DNDMOEHQ.js";
import "./chunk-P53NS7F7.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-AOXLGZFB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-JKJYCBCI.js";
export {
  benchmarkWords,
  wordBenchmarkError
};
