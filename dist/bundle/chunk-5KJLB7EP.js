import {
  chooseText,
  conventionalReviewPath,
  loadReview
} from "./chunk-FG4UFBTZ.js";
import "./chunk-J3WH4EMS.js";
import "./chunk-CFIUVINI.js";
import "./chunk-ALZA7UZ3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-33AJFZ56.js";
import "./chunk-WG3WJVDO.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
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
