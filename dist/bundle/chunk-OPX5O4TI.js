import {
  GitError,
  fileCommits,
  git,
  hasLocalChanges,
  parseFollowLog,
  showFile,
  trackedFile
} from "./chunk-3FEARAWT.js";
import "./chunk-4FS4IW5A.js";
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
