import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-EYEMXQLY.js";
import "./chunk-RAMP35MF.js";
import "./chunk-QOCZKPWQ.js";
import "./chunk-7UWDFBVI.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
