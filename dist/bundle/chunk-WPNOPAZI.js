import {
  Room,
  RoomError
} from "./chunk-BFN4AGU5.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-RT7WFEPP.js";
import "./chunk-SXQLVRA3.js";
import "./chunk-BPYDE5KZ.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-XLWA5QNU.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
