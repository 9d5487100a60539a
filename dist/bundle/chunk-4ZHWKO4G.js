import {
  Room,
  RoomError
} from "./chunk-V5EIOROJ.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-24YGCHU2.js";
import "./chunk-XZCKBJ4V.js";
import "./chunk-277TUOSD.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-GRLUP2OP.js";
import "./chunk-KZDQYPI2.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
