import {
  frameworkMismatch
} from "./chunk-R27XDS63.js";
import "./chunk-IYREIXTK.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
