import {
  chooseText,
  conventionalReviewPath,
  loadReview
} from "./chunk-TXWC3UU7.js";
import "./chunk-7JN7L7GJ.js";
import "./chunk-4NCAYXM6.js";
import "./chunk-HDAFDZ5Y.js";
import "./chunk-IYREIXTK.js";
import "./chunk-YK7EEVX3.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-ZBHTD6MM.js";
import "./chunk-24SS6AOI.js";
import "./chunk-JKJYCBCI.js";
export {
  chooseText,
  conventionalReviewPath,
  loadReview
};
