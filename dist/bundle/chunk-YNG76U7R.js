import {
  UnreadableTarget,
  wordUnreadable
} from "./chunk-AWK27HDP.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  UnreadableTarget,
  wordUnreadable
};
