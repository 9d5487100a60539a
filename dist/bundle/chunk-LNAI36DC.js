import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-BADHDCZO.js";
import "./chunk-ISB54QFW.js";
import "./chunk-P2NGJGIG.js";
import "./chunk-LFBHHYJM.js";
import "./chunk-IXVIRWOG.js";
import "./chunk-46OMPWHU.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-3CCRIQBA.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-LQ4I4EQ5.js";
import "./chunk-ALZA7UZ3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-IV5YXIOA.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  spec,
  writeReport
};
