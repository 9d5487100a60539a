import {
  Room,
  RoomError
} from "./chunk-LKYCM4QK.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-RT7WFEPP.js";
import "./chunk-XZCKBJ4V.js";
import "./chunk-277TUOSD.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-XLWA5QNU.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
