import {
  Room,
  RoomError
} from "./chunk-OICWQTN2.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-7SWNWAVE.js";
import "./chunk-XZCKBJ4V.js";
import "./chunk-277TUOSD.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-SDOOG6CC.js";
import "./chunk-UAP4DNJN.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
