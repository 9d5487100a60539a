import {
  UnreadableTarget,
  wordUnreadable
} from "./chunk-WUNEMX6F.js";
import "./chunk-EV44LTU6.js";
import "./chunk-JKJYCBCI.js";
export {
  UnreadableTarget,
  wordUnreadable
};
