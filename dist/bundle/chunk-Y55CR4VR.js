import {
  saveDocument,
  updateDocument
} from "./chunk-SDOOG6CC.js";
import "./chunk-UAP4DNJN.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  saveDocument,
  updateDocument
};
