import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-D3E4TSGI.js";
import "./chunk-WWOSJ36X.js";
import "./chunk-VOCEYHHJ.js";
import "./chunk-DQVNCNH2.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  spec,
  writeReport
};
