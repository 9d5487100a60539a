import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-EHXIY6TK.js";
import "./chunk-RAMP35MF.js";
import "./chunk-W4R63XZK.js";
import "./chunk-LP4YIQTE.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
