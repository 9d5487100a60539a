import {
  seedBundledFrameworks
} from "./chunk-SR6OMTTU.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-24SS6AOI.js";
import "./chunk-JKJYCBCI.js";
export {
  seedBundledFrameworks
};
