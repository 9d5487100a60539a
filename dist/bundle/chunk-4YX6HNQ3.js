import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-6HCM6N6A.js";
import "./chunk-JKN6NUAO.js";
import "./chunk-H3GMLPL7.js";
import "./chunk-DQVNCNH2.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-3NATLJHL.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  spec,
  writeReport
};
