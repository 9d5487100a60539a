import {
  FONT_DIR,
  FONT_FILES,
  svgToPng
} from "./chunk-VNOLEHPS.js";
import "./chunk-24SS6AOI.js";
import "./chunk-JKJYCBCI.js";
export {
  FONT_DIR,
  FONT_FILES,
  svgToPng
};
