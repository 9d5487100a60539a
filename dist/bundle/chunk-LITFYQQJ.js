import {
  chooseText,
  conventionalReviewPath,
  loadReview
} from "./chunk-LH5Z3NNP.js";
import "./chunk-PZ3OKBOT.js";
import "./chunk-GYJSSHBK.js";
import "./chunk-ALZA7UZ3.js";
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
