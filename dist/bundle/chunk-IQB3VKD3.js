import {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
} from "./chunk-TPHK3ROU.js";
import "./chunk-MVP3GYBK.js";
import "./chunk-33WNYL56.js";
import "./chunk-H7INGYXH.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-GA5X7DHW.js";
import "./chunk-F6EMD4QW.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
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
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
};
