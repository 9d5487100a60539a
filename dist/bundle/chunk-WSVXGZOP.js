import {
  ERROR_PREFIX,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
} from "./chunk-RSJIERFH.js";
import "./chunk-7UWDFBVI.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  ERROR_PREFIX,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
};
