import {
  chooseText,
  conventionalReviewPath,
  loadReview
} from "./chunk-42B5LLRZ.js";
import "./chunk-3M3ZZBNR.js";
import "./chunk-W5PFSC24.js";
import "./chunk-2JGY7DMZ.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-IV5YXIOA.js";
import "./chunk-JKJYCBCI.js";
export {
  chooseText,
  conventionalReviewPath,
  loadReview
};
