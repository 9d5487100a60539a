import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-XPFXMHSP.js";
import "./chunk-JVVFF545.js";
import "./chunk-IWKA53XI.js";
import "./chunk-3LOEGO3H.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
