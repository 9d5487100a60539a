import {
  ANSWER_TIMEOUT_MS,
  COMMAND_TIMEOUT_MS,
  GitError,
  GitTimeoutError,
  fileCommits,
  git,
  gitEnv,
  hasLocalChanges,
  parseFollowLog,
  trackedFile
} from "./chunk-ZA46JRDW.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  ANSWER_TIMEOUT_MS,
  COMMAND_TIMEOUT_MS,
  GitError,
  GitTimeoutError,
  fileCommits,
  git,
  gitEnv,
  hasLocalChanges,
  parseFollowLog,
  trackedFile
};
