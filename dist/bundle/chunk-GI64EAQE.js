import {
  saveDocument,
  updateDocument
} from "./chunk-MN4DHFGD.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  saveDocument,
  updateDocument
};
