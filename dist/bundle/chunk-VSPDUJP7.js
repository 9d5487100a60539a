import {
  formatOf,
  run,
  writeReport
} from "./chunk-ZRME5QF4.js";
import "./chunk-CZMCHCS7.js";
import "./chunk-APROZWKT.js";
import "./chunk-DVOSWK7E.js";
import "./chunk-5PU3QS27.js";
import "./chunk-3Z6RHD7S.js";
import "./chunk-7L52Y7XC.js";
import "./chunk-MAVHN6RG.js";
import "./chunk-COHI7RYH.js";
import "./chunk-T5NSX55B.js";
import "./chunk-UFYCAIRZ.js";
import "./chunk-33R2FOC5.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-AVDRK6AR.js";
import "./chunk-PU3MV42Y.js";
import "./chunk-R3OE72S3.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-YSYV23OB.js";
import "./chunk-HF7K3LWW.js";
import "./chunk-STYSJCYH.js";
import "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-4CD5E7B3.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-Y5THGLXN.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  writeReport
};
