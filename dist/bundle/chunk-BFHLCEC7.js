import {
  compareAssessments,
  compareScores,
  frameworkMismatches
} from "./chunk-VG6D3PNA.js";
import "./chunk-BM3PK7SN.js";
import "./chunk-JKJYCBCI.js";
export {
  compareAssessments,
  compareScores,
  frameworkMismatches
};
