import {
  KIND_WORDS,
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText
} from "./chunk-4ASXQDIV.js";
import "./chunk-IC4ADOYZ.js";
import "./chunk-V2PPEH2W.js";
import "./chunk-IUIC47US.js";
import "./chunk-YK7EEVX3.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import {
  RefusedRead
} from "./chunk-G7SAKLJI.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-ZBHTD6MM.js";
import "./chunk-24SS6AOI.js";
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
