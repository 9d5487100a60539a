import {
  saveDocument,
  updateDocument
} from "./chunk-QZ55SML2.js";
import "./chunk-7PQ6BQFL.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-6LKABYWT.js";
import "./chunk-JKJYCBCI.js";
export {
  saveDocument,
  updateDocument
};
