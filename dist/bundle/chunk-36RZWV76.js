import {
  hasUnsafe,
  visible,
  visibleFile,
  visibleLines
} from "./chunk-YSZEVEG4.js";
import "./chunk-JKJYCBCI.js";
export {
  hasUnsafe,
  visible,
  visibleFile,
  visibleLines
};
