import {
  GitError,
  fileCommits,
  git,
  gitEnv,
  hasLocalChanges,
  parseFollowLog,
  trackedFile
} from "./chunk-2WFGNXAB.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  GitError,
  fileCommits,
  git,
  gitEnv,
  hasLocalChanges,
  parseFollowLog,
  trackedFile
};
