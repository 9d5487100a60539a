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
} from "./chunk-BYVXR7DR.js";
import {
  MAX_FILE_BYTES
} from "./chunk-NRHWH3Q7.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-4FS4IW5A.js";
import {
  isInside
} from "./chunk-6HP2VWUB.js";
import "./chunk-662D3GRZ.js";
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
