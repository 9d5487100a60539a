import {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
} from "./chunk-GR5SOBCS.js";
import "./chunk-XMSH5DGB.js";
import "./chunk-OOPBGTIV.js";
import "./chunk-H7INGYXH.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-BYVXR7DR.js";
import "./chunk-NRHWH3Q7.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-STYSJCYH.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-6HP2VWUB.js";
import "./chunk-662D3GRZ.js";
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
