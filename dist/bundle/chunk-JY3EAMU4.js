import {
  bandOf,
  countedVotes,
  round,
  roundSpread,
  scoreAssessment,
  shownDifference,
  stats,
  toPercent
} from "./chunk-BM3PK7SN.js";
import "./chunk-JKJYCBCI.js";
export {
  bandOf,
  countedVotes,
  round,
  roundSpread,
  scoreAssessment,
  shownDifference,
  stats,
  toPercent
};
