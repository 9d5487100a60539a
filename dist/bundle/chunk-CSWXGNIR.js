import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-Y6M7FCTX.js";
import "./chunk-22AH5OBC.js";
import "./chunk-QSFYKXQ3.js";
import "./chunk-3LOEGO3H.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
