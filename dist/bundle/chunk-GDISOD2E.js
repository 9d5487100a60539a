import {
  assertStillValid,
  guardedEdit
} from "./chunk-MC3E56K3.js";
import "./chunk-W5PFSC24.js";
import "./chunk-2JGY7DMZ.js";
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
