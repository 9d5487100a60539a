import {
  chooseText,
  conventionalReviewPath,
  loadReview
} from "./chunk-KNCLSYY7.js";
import "./chunk-ZM3SO627.js";
import "./chunk-RP4RFWLN.js";
import "./chunk-ALZA7UZ3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-XC4MIJGV.js";
import "./chunk-JKJYCBCI.js";
export {
  chooseText,
  conventionalReviewPath,
  loadReview
};
