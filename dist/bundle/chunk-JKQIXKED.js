import {
  saveDocument,
  updateDocument
} from "./chunk-JHM2NTBQ.js";
import "./chunk-KZDQYPI2.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  saveDocument,
  updateDocument
};
