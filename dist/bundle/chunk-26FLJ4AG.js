import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-NC4RHJZY.js";
import "./chunk-ISB54QFW.js";
import "./chunk-P2NGJGIG.js";
import "./chunk-PHH3C3HM.js";
import "./chunk-2WNMJR5X.js";
import "./chunk-XWH535WH.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-6OWG642Z.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-ARWODTLV.js";
import "./chunk-ALZA7UZ3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-33AJFZ56.js";
import "./chunk-WG3WJVDO.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
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
