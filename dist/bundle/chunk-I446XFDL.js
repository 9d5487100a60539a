import {
  scoreTable
} from "./chunk-RSTPF2KC.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-5MK465LM.js";
import "./chunk-YSZEVEG4.js";
import "./chunk-JKJYCBCI.js";
export {
  scoreTable
};
