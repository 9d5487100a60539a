import {
  PromptExit
} from "./chunk-GSPLJVWG.js";
import "./chunk-JKJYCBCI.js";
export {
  PromptExit
};
