import {
  Room,
  RoomError
} from "./chunk-RP7WZR6T.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-LVEUHYD2.js";
import "./chunk-7JX4SVOE.js";
import "./chunk-YRMQEHLJ.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-QZ55SML2.js";
import "./chunk-LTMBZUXX.js";
import "./chunk-7PQ6BQFL.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-CH77I3II.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-37EJ44QY.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-MDLKL7NM.js";
import "./chunk-6LKABYWT.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-24SS6AOI.js";
import "./chunk-QKMJRXT4.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
