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
} from "./chunk-CH77I3II.js";
import "./chunk-AWAFN55Q.js";
import {
  MAX_FILE_BYTES
} from "./chunk-37EJ44QY.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-MDLKL7NM.js";
import "./chunk-6LKABYWT.js";
import {
  isInside
} from "./chunk-XGZ3H6EM.js";
import "./chunk-24SS6AOI.js";
import "./chunk-QKMJRXT4.js";
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
