import {
  schemaModeline,
  schemaReference
} from "./chunk-TDKNQW5T.js";
import "./chunk-T364R36T.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  schemaModeline,
  schemaReference
};
