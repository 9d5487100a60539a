import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-Q6R72AD7.js";
import "./chunk-NIZDUSJK.js";
import "./chunk-3ETSSY43.js";
import "./chunk-B5SSD7WI.js";
import "./chunk-25I2HFVG.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import "./chunk-JKJYCBCI.js";
export {
  benchmarkWords,
  wordBenchmarkError
};
