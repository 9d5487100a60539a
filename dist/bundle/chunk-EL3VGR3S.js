import {
  inquirerPrompter
} from "./chunk-Q6EXHSFL.js";
import "./chunk-L4E6GUPF.js";
import "./chunk-F2WLIX4B.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-JKJYCBCI.js";
export {
  inquirerPrompter
};
