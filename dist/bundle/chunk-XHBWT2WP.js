import {
  ERROR_PREFIX,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
} from "./chunk-ANZDQLIU.js";
import "./chunk-LP4YIQTE.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  ERROR_PREFIX,
  applyCommanderLanguage,
  localizedHelp,
  translateCommanderError,
  translateTerm
};
