import {
  ERROR_PREFIX,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
} from "./chunk-K2WCEL6A.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-JKJYCBCI.js";
export {
  ERROR_PREFIX,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
};
