import {
  schemaModeline,
  schemaReference
} from "./chunk-G25IFU3Y.js";
import "./chunk-FG2SS7KY.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-24SS6AOI.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  schemaModeline,
  schemaReference
};
