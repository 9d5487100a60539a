import {
  frameworkMismatch
} from "./chunk-IWZBYMSC.js";
import "./chunk-IYREIXTK.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
