import {
  chooseText,
  conventionalReviewPath,
  loadReview
} from "./chunk-GUFL6ZVC.js";
import "./chunk-ZPY6M4D4.js";
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
  chooseText,
  conventionalReviewPath,
  loadReview
};
