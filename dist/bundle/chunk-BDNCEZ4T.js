import {
  frameworkMismatch
} from "./chunk-RWBLEMBB.js";
import "./chunk-VHFQKG57.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
