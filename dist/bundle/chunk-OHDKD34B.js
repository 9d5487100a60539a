import {
  UnreadableTarget,
  wordUnreadable
} from "./chunk-3QB4VFCR.js";
import "./chunk-6LKABYWT.js";
import "./chunk-JKJYCBCI.js";
export {
  UnreadableTarget,
  wordUnreadable
};
