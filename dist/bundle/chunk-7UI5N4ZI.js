import {
  frameworkMismatch
} from "./chunk-F5GM6LT6.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
