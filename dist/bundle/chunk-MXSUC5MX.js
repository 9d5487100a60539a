import {
  schemaModeline,
  schemaReference
} from "./chunk-MVP3GYBK.js";
import "./chunk-33WNYL56.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-24SS6AOI.js";
import "./chunk-JKJYCBCI.js";
export {
  schemaModeline,
  schemaReference
};
