import {
  dateProblem
} from "./chunk-YK7EEVX3.js";
import {
  daysInMonth
} from "./chunk-WFSRVUYZ.js";
import "./chunk-JKJYCBCI.js";
export {
  dateProblem,
  daysInMonth
};
