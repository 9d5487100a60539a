import {
  seedBundledFrameworks
} from "./chunk-NZAYANIE.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-JKJYCBCI.js";
export {
  seedBundledFrameworks
};
