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
} from "./chunk-AHI7XH2I.js";
import "./chunk-3LOEGO3H.js";
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
