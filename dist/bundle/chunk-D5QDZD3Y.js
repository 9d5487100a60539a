import {
  compareAssessments,
  compareScores,
  frameworkMismatches
} from "./chunk-AZNS5XYM.js";
import "./chunk-MTMUA4TQ.js";
import "./chunk-JKJYCBCI.js";
export {
  compareAssessments,
  compareScores,
  frameworkMismatches
};
