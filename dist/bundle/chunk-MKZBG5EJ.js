import {
  bandOf,
  countedVotes,
  round,
  roundSpread,
  scoreAssessment,
  stats,
  toPercent
} from "./chunk-MTMUA4TQ.js";
import "./chunk-JKJYCBCI.js";
export {
  bandOf,
  countedVotes,
  round,
  roundSpread,
  scoreAssessment,
  stats,
  toPercent
};
