import {
  scoreTable
} from "./chunk-XHF4KUS5.js";
import "./chunk-ZYJQSAKT.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-YSZEVEG4.js";
import "./chunk-JKJYCBCI.js";
export {
  scoreTable
};
