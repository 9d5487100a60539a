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
} from "./chunk-PNYD6L2Z.js";
import "./chunk-MBAX5HX7.js";
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
