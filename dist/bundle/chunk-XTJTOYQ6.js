import {
  freshState,
  readState,
  sidecarPath,
  writeState
} from "./chunk-C4SPZTYJ.js";
import "./chunk-R3OE72S3.js";
import "./chunk-EV44LTU6.js";
import "./chunk-JKJYCBCI.js";
export {
  freshState,
  readState,
  sidecarPath,
  writeState
};
