import {
  Room,
  RoomError
} from "./chunk-DJ5N2WMP.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-GB2I4ZZK.js";
import "./chunk-BPBGWAIJ.js";
import "./chunk-FIZHRMPO.js";
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
