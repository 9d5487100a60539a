import {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
} from "./chunk-TP52UDZM.js";
import "./chunk-MBLX4QEI.js";
import "./chunk-DLCMKZCB.js";
import "./chunk-H7INGYXH.js";
import "./chunk-KZDQYPI2.js";
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
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
};
