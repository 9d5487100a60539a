import {
  UnreadableTarget,
  wordUnreadable
} from "./chunk-O65JH5C3.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  UnreadableTarget,
  wordUnreadable
};
