import {
  Room,
  RoomError
} from "./chunk-RZWA442O.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-GB2I4ZZK.js";
import "./chunk-QQK6M3U3.js";
import "./chunk-5DK6P557.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-RNX5DH4G.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
