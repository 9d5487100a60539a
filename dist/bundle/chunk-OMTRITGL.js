import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-HWVAVYZH.js";
import "./chunk-H4M6G6GW.js";
import "./chunk-MXOEDQIZ.js";
import "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-7BUI3BKP.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-32634MZU.js";
import "./chunk-3NATLJHL.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  spec,
  writeReport
};
