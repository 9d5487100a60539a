import {
  datePhrase,
  dateProblem
} from "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import {
  daysInMonth
} from "./chunk-32634MZU.js";
import "./chunk-JKJYCBCI.js";
export {
  datePhrase,
  dateProblem,
  daysInMonth
};
