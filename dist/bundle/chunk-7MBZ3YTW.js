import {
  ERRORS,
  ERROR_PREFIX,
  TERMS,
  TITLES,
  WORDS,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
} from "./chunk-VRL62LBM.js";
import "./chunk-7UWDFBVI.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  ERRORS,
  ERROR_PREFIX,
  TERMS,
  TITLES,
  WORDS,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
};
