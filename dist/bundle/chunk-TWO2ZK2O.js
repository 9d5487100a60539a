import {
  KIND_WORDS,
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText
} from "./chunk-7ECZWPLT.js";
import "./chunk-BYVXR7DR.js";
import "./chunk-NRHWH3Q7.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import {
  RefusedRead
} from "./chunk-G7SAKLJI.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-JKJYCBCI.js";
export {
  KIND_WORDS,
  RefusedRead,
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText
};
