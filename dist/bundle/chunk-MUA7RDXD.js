import {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
} from "./chunk-BMPIPQKP.js";
import "./chunk-TDKNQW5T.js";
import "./chunk-T364R36T.js";
import "./chunk-H7INGYXH.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-VZUMEZNY.js";
import "./chunk-43GUBE2J.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-AOXLGZFB.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
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
