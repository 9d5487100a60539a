import {
  checkBytes,
  checkText,
  codeWords,
  createContext,
  finding,
  frameworkAt,
  frameworkRef,
  hasMarker,
  loadFrameworkRef,
  validateBytes,
  validateText
} from "./chunk-VZUMEZNY.js";
import {
  MAX_FILE_BYTES
} from "./chunk-43GUBE2J.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import {
  isInside
} from "./chunk-6HP2VWUB.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-AOXLGZFB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  MAX_FILE_BYTES,
  checkBytes,
  checkText,
  codeWords,
  createContext,
  finding,
  frameworkAt,
  frameworkRef,
  hasMarker,
  isInside,
  loadFrameworkRef,
  validateBytes,
  validateText
};
