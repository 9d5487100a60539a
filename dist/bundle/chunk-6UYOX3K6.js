import {
  freshState,
  readState,
  sidecarPath,
  writeState
} from "./chunk-RT7WFEPP.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  freshState,
  readState,
  sidecarPath,
  writeState
};
