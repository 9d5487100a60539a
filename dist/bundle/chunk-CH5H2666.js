import {
  schemaModeline,
  schemaReference
} from "./chunk-VMF5CC3C.js";
import "./chunk-M4JWDLN2.js";
import "./chunk-R3OE72S3.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-JKJYCBCI.js";
export {
  schemaModeline,
  schemaReference
};
