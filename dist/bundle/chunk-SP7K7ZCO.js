import {
  buildItems,
  firstItemOf,
  firstUnscored,
  progress,
  resultOf,
  scoreOf,
  stillToDo
} from "./chunk-OSN2ZHOE.js";
import "./chunk-JKJYCBCI.js";
export {
  buildItems,
  firstItemOf,
  firstUnscored,
  progress,
  resultOf,
  scoreOf,
  stillToDo
};
