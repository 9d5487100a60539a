import {
  frameworkMismatch
} from "./chunk-PF5Z7ZWJ.js";
import "./chunk-IUIC47US.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
