import {
  UnreadableTarget,
  wordUnreadable
} from "./chunk-E3WHRP3P.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  UnreadableTarget,
  wordUnreadable
};
