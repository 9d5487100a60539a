import {
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText,
  wrongKindFinding
} from "./chunk-B5SSD7WI.js";
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
import {
  RefusedRead
} from "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import "./chunk-JKJYCBCI.js";
export {
  RefusedRead,
  loadAssessment,
  loadBenchmark,
  loadKind,
  readBytes,
  readText,
  wrongKindFinding
};
