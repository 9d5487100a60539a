import {
  saveDocument,
  updateDocument
} from "./chunk-XLWA5QNU.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  saveDocument,
  updateDocument
};
