import {
  saveDocument,
  updateDocument
} from "./chunk-VYVRM7XA.js";
import "./chunk-R3OE72S3.js";
import "./chunk-EV44LTU6.js";
import "./chunk-JKJYCBCI.js";
export {
  saveDocument,
  updateDocument
};
