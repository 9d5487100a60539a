import {
  formatOf,
  run,
  writeReport
} from "./chunk-FRM6NYMB.js";
import "./chunk-5BREIV3R.js";
import "./chunk-ISB54QFW.js";
import "./chunk-VI2QAVTX.js";
import "./chunk-QNA37M3W.js";
import "./chunk-RHBK6YUV.js";
import "./chunk-7L52Y7XC.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-COHI7RYH.js";
import "./chunk-T5NSX55B.js";
import "./chunk-UFYCAIRZ.js";
import "./chunk-VJJZBRQH.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-7OUNB2G2.js";
import "./chunk-PU3MV42Y.js";
import "./chunk-R3OE72S3.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-Y5THGLXN.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  writeReport
};
