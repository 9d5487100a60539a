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
} from "./chunk-H37MMQTS.js";
import "./chunk-7BUI3BKP.js";
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
