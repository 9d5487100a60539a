import {
  GitError,
  fileCommits,
  git,
  hasLocalChanges,
  parseFollowLog,
  showFile,
  showFileBounded,
  trackedFile
} from "./chunk-SKKHRLMR.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  GitError,
  fileCommits,
  git,
  hasLocalChanges,
  parseFollowLog,
  showFile,
  showFileBounded,
  trackedFile
};
