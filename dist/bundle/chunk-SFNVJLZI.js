import {
  assertStillValid,
  guardedEdit
} from "./chunk-UIOX3JWT.js";
import "./chunk-YP4UODMH.js";
import "./chunk-FVDELMYM.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-662D3GRZ.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  assertStillValid,
  guardedEdit
};
