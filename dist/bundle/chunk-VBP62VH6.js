import {
  saveDocument,
  updateDocument
} from "./chunk-GRLUP2OP.js";
import "./chunk-KZDQYPI2.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  saveDocument,
  updateDocument
};
