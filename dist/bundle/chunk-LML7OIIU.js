import {
  inquirerPrompter
} from "./chunk-OTVXR6YV.js";
import "./chunk-HO2RFLP4.js";
import "./chunk-F2WLIX4B.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-JKJYCBCI.js";
export {
  inquirerPrompter
};
