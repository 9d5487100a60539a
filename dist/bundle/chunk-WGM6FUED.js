import {
  Room,
  RoomError
} from "./chunk-VOCUESLN.js";
import "./chunk-24YGCHU2.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-Z5VB45MB.js";
import "./chunk-NDDXAUZM.js";
import "./chunk-JHM2NTBQ.js";
import "./chunk-KZDQYPI2.js";
import "./chunk-DHPQI6R6.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
