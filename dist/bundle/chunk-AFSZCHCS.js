import {
  hasUnsafe,
  visible,
  visibleLines
} from "./chunk-XHEPDOWO.js";
import "./chunk-JKJYCBCI.js";
export {
  hasUnsafe,
  visible,
  visibleLines
};
