import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-336IS4JO.js";
import "./chunk-JKN6NUAO.js";
import "./chunk-WLIKOF5G.js";
import "./chunk-DQVNCNH2.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-7PQ6BQFL.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-3NATLJHL.js";
import "./chunk-6LKABYWT.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  spec,
  writeReport
};
