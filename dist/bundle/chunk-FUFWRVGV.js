import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-NB6YYZIG.js";
import "./chunk-RAMP35MF.js";
import "./chunk-6U2RTYYJ.js";
import "./chunk-7UWDFBVI.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
