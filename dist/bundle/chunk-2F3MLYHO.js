import {
  frameworkMismatch
} from "./chunk-GDUN3VUJ.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-6LKABYWT.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
