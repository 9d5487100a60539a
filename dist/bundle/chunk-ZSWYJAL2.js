import {
  scoreTable
} from "./chunk-IF3ZISKD.js";
import "./chunk-32UPQTEW.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-4QM3XXAH.js";
import "./chunk-JKJYCBCI.js";
export {
  scoreTable
};
