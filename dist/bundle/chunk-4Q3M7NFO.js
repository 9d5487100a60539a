import {
  frameworkMismatch
} from "./chunk-R3BIXLIT.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
