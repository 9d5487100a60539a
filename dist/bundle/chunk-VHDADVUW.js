import {
  pluralSuffix
} from "./chunk-KATVC7MU.js";
import "./chunk-JKJYCBCI.js";
export {
  pluralSuffix
};
