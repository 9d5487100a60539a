import {
  GitError,
  fileCommits,
  git,
  hasLocalChanges,
  parseFollowLog,
  showFile,
  trackedFile
} from "./chunk-HLEITFQA.js";
import "./chunk-EV44LTU6.js";
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
