import {
  scoreTable
} from "./chunk-PFU3HRFD.js";
import "./chunk-2PLOZUOL.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-XHEPDOWO.js";
import "./chunk-JKJYCBCI.js";
export {
  scoreTable
};
