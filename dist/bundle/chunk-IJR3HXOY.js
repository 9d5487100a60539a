import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-U7YXWHRI.js";
import "./chunk-ISB54QFW.js";
import "./chunk-P2NGJGIG.js";
import "./chunk-FJA7J3YD.js";
import "./chunk-BHJSM6GA.js";
import "./chunk-IZPU6IQA.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-3M3ZZBNR.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-W5PFSC24.js";
import "./chunk-2JGY7DMZ.js";
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
