import {
  numberedName,
  slugify
} from "./chunk-H7INGYXH.js";
import "./chunk-JKJYCBCI.js";
export {
  numberedName,
  slugify
};
