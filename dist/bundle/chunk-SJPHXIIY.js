import {
  schemaModeline,
  schemaReference
} from "./chunk-MBLX4QEI.js";
import "./chunk-DLCMKZCB.js";
import "./chunk-KZDQYPI2.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  schemaModeline,
  schemaReference
};
