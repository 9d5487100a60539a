import {
  realPath
} from "./chunk-QKMJRXT4.js";
import "./chunk-JKJYCBCI.js";
export {
  realPath
};
