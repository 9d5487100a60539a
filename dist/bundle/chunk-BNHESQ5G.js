import {
  freshState,
  readState,
  sidecarPath,
  writeState
} from "./chunk-IDHF2AP4.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  freshState,
  readState,
  sidecarPath,
  writeState
};
