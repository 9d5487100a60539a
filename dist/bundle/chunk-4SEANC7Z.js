import {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
} from "./chunk-OGQQ4P3X.js";
import "./chunk-JVVFF545.js";
import "./chunk-DDMMEGKX.js";
import "./chunk-7BUI3BKP.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-JKJYCBCI.js";
export {
  findingWords,
  phraseWords,
  wordFinding,
  wordFindings
};
