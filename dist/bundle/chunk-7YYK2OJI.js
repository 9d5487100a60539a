import {
  frameworkMismatch
} from "./chunk-FRJ4AVM4.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-EV44LTU6.js";
import "./chunk-JKJYCBCI.js";
export {
  frameworkMismatch
};
