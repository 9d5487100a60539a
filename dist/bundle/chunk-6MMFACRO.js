import {
  formatOf,
  run,
  spec,
  writeReport
} from "./chunk-3AGIF6CR.js";
import "./chunk-AXXIUJBQ.js";
import "./chunk-EUTDJVXC.js";
import "./chunk-P2NGJGIG.js";
import "./chunk-LRCMA3RU.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  formatOf,
  run,
  spec,
  writeReport
};
