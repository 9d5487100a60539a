import {
  Room,
  RoomError
} from "./chunk-JSVSPSTN.js";
import "./chunk-OLRMGEEG.js";
import "./chunk-C4SPZTYJ.js";
import "./chunk-UPWZIMUZ.js";
import "./chunk-UTHTW2IQ.js";
import "./chunk-OSN2ZHOE.js";
import "./chunk-VYVRM7XA.js";
import "./chunk-R3OE72S3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-EV44LTU6.js";
import "./chunk-IV5YXIOA.js";
import "./chunk-JKJYCBCI.js";
export {
  Room,
  RoomError
};
