import {
  benchmarkWords,
  wordBenchmarkError
} from "./chunk-IQCMWPBC.js";
import "./chunk-WQTPIN4R.js";
import "./chunk-RBKFZ6FI.js";
import "./chunk-25I2HFVG.js";
import "./chunk-KAGRM544.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-H2YKFBTB.js";
import "./chunk-FO7FTRLA.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
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
