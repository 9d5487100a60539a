import {
  roleByDate,
  scoreSeries,
  seriesLabels
} from "./chunk-Y5THGLXN.js";
import "./chunk-JKJYCBCI.js";
export {
  roleByDate,
  scoreSeries,
  seriesLabels
};
