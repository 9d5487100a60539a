import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-KLIBB6IQ.js";
import "./chunk-JVVFF545.js";
import "./chunk-2ZE65AMF.js";
import "./chunk-3LOEGO3H.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
