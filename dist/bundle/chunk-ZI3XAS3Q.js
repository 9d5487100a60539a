import {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
} from "./chunk-AQZKPMXZ.js";
import "./chunk-ZHDPVIQA.js";
import "./chunk-G25IFU3Y.js";
import "./chunk-FG2SS7KY.js";
import "./chunk-H7INGYXH.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
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
