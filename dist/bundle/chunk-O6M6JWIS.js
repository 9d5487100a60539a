import {
  frameworkMismatch
} from "./chunk-4LDCT454.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
