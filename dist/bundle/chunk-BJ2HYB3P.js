import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-JWCNLRMX.js";
import "./chunk-YFCKMZCW.js";
import "./chunk-V36RFWHS.js";
import "./chunk-AWUMD5N3.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
