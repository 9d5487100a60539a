import {
  inquirerPrompter
} from "./chunk-FXDEM75F.js";
import "./chunk-55YTRA6T.js";
import "./chunk-F2WLIX4B.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-JKJYCBCI.js";
export {
  inquirerPrompter
};
