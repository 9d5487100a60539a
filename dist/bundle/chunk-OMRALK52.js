import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-TMG2YBLP.js";
import "./chunk-22AH5OBC.js";
import "./chunk-UWHOD3GS.js";
import "./chunk-3LOEGO3H.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
