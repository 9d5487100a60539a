import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-IZ7VEHV4.js";
import "./chunk-ISB54QFW.js";
import "./chunk-P2NGJGIG.js";
import "./chunk-4TUKI2RQ.js";
import "./chunk-QTRZKI5H.js";
import "./chunk-KTKXVVVD.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-ZM3SO627.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-RP4RFWLN.js";
import "./chunk-ALZA7UZ3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-XC4MIJGV.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  spec,
  writeReport
};
