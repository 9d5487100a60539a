import {
  chooseText,
  conventionalReviewPath,
  loadReview
} from "./chunk-XAX3TZ3S.js";
import "./chunk-SZRLPZY4.js";
import "./chunk-4OSDTXLA.js";
import "./chunk-SN5BJAQO.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-JVSZYY2N.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-AOXLGZFB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-JKJYCBCI.js";
export {
  chooseText,
  conventionalReviewPath,
  loadReview
};
