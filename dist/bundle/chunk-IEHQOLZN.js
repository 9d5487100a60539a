import {
  schemaModeline,
  schemaReference
} from "./chunk-W4DG3KNW.js";
import "./chunk-VMZEWR22.js";
import "./chunk-UAP4DNJN.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  schemaModeline,
  schemaReference
};
