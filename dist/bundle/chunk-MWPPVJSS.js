import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-VLKDZ3R7.js";
import "./chunk-WM6AWXMJ.js";
import "./chunk-K7DYM3QB.js";
import "./chunk-GEARN2KD.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-Y2MQY2OT.js";
import "./chunk-SN5BJAQO.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-JVSZYY2N.js";
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
