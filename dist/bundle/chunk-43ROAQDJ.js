import {
  assertStillValid,
  guardedEdit
} from "./chunk-U5WYE36T.js";
import "./chunk-GYJSSHBK.js";
import "./chunk-ALZA7UZ3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-IV5YXIOA.js";
import "./chunk-JKJYCBCI.js";
export {
  assertStillValid,
  guardedEdit
};
