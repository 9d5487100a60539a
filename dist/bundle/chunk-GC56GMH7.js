import {
  freshState,
  readState,
  sidecarPath,
  writeState
} from "./chunk-LVEUHYD2.js";
import "./chunk-7PQ6BQFL.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-6LKABYWT.js";
import "./chunk-JKJYCBCI.js";
export {
  freshState,
  readState,
  sidecarPath,
  writeState
};
