import {
  freshState,
  readState,
  sidecarPath,
  writeState
} from "./chunk-7SWNWAVE.js";
import "./chunk-UAP4DNJN.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  freshState,
  readState,
  sidecarPath,
  writeState
};
