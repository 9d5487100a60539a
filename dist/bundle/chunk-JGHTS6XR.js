import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-BI7CBVTQ.js";
import "./chunk-JZWSIMZR.js";
import "./chunk-P2NGJGIG.js";
import "./chunk-LKVMXVHU.js";
import "./chunk-MOFASL5V.js";
import "./chunk-UR7CAD4D.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-PZ3OKBOT.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-GYJSSHBK.js";
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
