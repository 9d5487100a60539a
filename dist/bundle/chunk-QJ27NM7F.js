import {
  datePhrase,
  dateProblem
} from "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import {
  daysInMonth
} from "./chunk-WFSRVUYZ.js";
import "./chunk-JKJYCBCI.js";
export {
  datePhrase,
  dateProblem,
  daysInMonth
};
