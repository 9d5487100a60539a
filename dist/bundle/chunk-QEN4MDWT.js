import {
  GitError,
  fileCommits,
  git,
  hasLocalChanges,
  parseFollowLog,
  showFile,
  trackedFile
} from "./chunk-EWI4Z4WF.js";
import "./chunk-MXD6Q3WX.js";
import "./chunk-JKJYCBCI.js";
export {
  GitError,
  fileCommits,
  git,
  hasLocalChanges,
  parseFollowLog,
  showFile,
  trackedFile
};
