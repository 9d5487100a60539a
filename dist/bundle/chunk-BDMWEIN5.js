import {
  FONT_DIR,
  FONT_FILES,
  svgToPng
} from "./chunk-OXWGOXZ7.js";
import "./chunk-662D3GRZ.js";
import "./chunk-JKJYCBCI.js";
export {
  FONT_DIR,
  FONT_FILES,
  svgToPng
};
