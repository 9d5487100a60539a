import {
  Room,
  RoomError
} from "./chunk-2Q2PNXJJ.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-GB2I4ZZK.js";
import "./chunk-SXQLVRA3.js";
import "./chunk-BPYDE5KZ.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-RNX5DH4G.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
