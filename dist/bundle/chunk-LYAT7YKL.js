import {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
} from "./chunk-PREGDARX.js";
import "./chunk-H7INGYXH.js";
import "./chunk-VMF5CC3C.js";
import "./chunk-M4JWDLN2.js";
import "./chunk-R3OE72S3.js";
import "./chunk-W5PFSC24.js";
import "./chunk-2JGY7DMZ.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-IV5YXIOA.js";
import "./chunk-JKJYCBCI.js";
export {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  defaultPracticePath,
  emptySections,
  isEmpty,
  newPracticeText,
  practiceFindings
};
