import {
  freshState,
  readState,
  sidecarPath,
  writeState
} from "./chunk-24YGCHU2.js";
import "./chunk-KZDQYPI2.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  freshState,
  readState,
  sidecarPath,
  writeState
};
